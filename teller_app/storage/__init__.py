"""The encrypted local store: schema, keys, field encryption, blind indexes, audit chain, unit of work.

Services use three things from here (see `store.py`):
    store = open_store(paths, keys, identity)           # migrations run to head
    with store.unit_of_work(user_id=...) as uow:          # one SQLite transaction, one writer
        case = uow.new(Case, ...); uow.seal(case, ...); uow.append_audit(...)
    with store.reading() as session: ...                  # read-only session
"""
