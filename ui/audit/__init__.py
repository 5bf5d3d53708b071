"""The auditor's room: the operation record (操作记录) read, filtered and its chain verified."""
