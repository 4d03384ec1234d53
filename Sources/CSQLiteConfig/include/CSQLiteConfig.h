#ifndef CYBERASSESS_CSQLITECONFIG_H
#define CYBERASSESS_CSQLITECONFIG_H

/// Turns off SQLite's memory statistics for the process, so that its allocations no longer
/// take a global mutex each (a run of the store makes millions). SQLite takes the setting only
/// before it first initialises; afterwards this changes nothing. Returns SQLite's result code.
/// (A C function because `sqlite3_config` takes variadic arguments, which Swift cannot pass.)
int cyberassess_sqlite_without_memory_statistics(void);

/// What SQLite calls with text or a blob bound to a statement once it no longer needs it: a
/// function, or one of the two markers below (SQLite's `sqlite3_destructor_type`).
typedef void (*cyberassess_sqlite_destructor)(void *);

/// SQLite's `SQLITE_TRANSIENT`: SQLite copies the value before the bind call returns. (A C
/// function because the marker is the integer -1 cast to a function pointer, which Swift
/// cannot spell without reinterpreting bits.)
cyberassess_sqlite_destructor cyberassess_sqlite_transient(void);

/// SQLite's `SQLITE_STATIC`: SQLite keeps the value's address, which must outlive the
/// statement's use of it.
cyberassess_sqlite_destructor cyberassess_sqlite_static(void);

#endif
