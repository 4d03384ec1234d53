#ifndef CYBERASSESS_CSQLITECONFIG_H
#define CYBERASSESS_CSQLITECONFIG_H

/// Turns off SQLite's memory statistics for the process, so that its allocations no longer
/// take a global mutex each (a run of the store makes millions). SQLite takes the setting only
/// before it first initialises; afterwards this changes nothing. Returns SQLite's result code.
/// (A C function because `sqlite3_config` takes variadic arguments, which Swift cannot pass.)
int cyberassess_sqlite_without_memory_statistics(void);

#endif
