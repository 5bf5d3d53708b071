"""The encrypted local store: schema, keys, field encryption, blind indexes, audit chain, unit of work.

Services use it like this (see `store.py`, `unit_of_work.py`):

    store = open_configured_store(config)                  # keys from the key store; migrations to head
    with store.unit_of_work(user_id=teller.id) as uow:      # ONE transaction, one writer
        customer = uow.new(Customer, kind=...)               # fresh uuid, this terminal's branch
        set_customer_identity(uow, customer, name=..., credit_code=...)   # sealed + blind-indexed
        uow.seal(case, "summary", {...})                     # text / JSON / bytes, as the column declares
        uow.append_audit("case.open", case_id=case.id, step="intake", details={...})
    # on leaving the block: every new or changed synced row got its outbox entry, then COMMIT
    with store.reading() as session:                        # read-only snapshot
        store.sealer.open_text(row, "name")                  # DataIntegrityError if tampered or moved
        find_customers(session, store.blind, store.sealer, credit_code="…")

Modules: schema (+ schema_system, schema_base) the tables; db the engine, writer and migrations;
crypto AES-GCM and FieldSealer; validation the input checks; keystore / data_keys / key_file /
key_recovery / kek_stores / recovery the keys;
blind_index; audit the hash chain and verify_chain; rows the outbox line codec (COPY text); customers the
blind-index repository; rotation `keys rotate --data`; backup backup/restore; checks `doctor`.

The terminals of a branch share their data keys: a data-key rotation is made on one terminal and taken
over by the others with `keystore.adopt_data_keys` (two terminals rotating on their own are refused).
"""
