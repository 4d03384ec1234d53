#include <sqlite3.h>
#include "CSQLiteConfig.h"

int cyberassess_sqlite_without_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

cyberassess_sqlite_destructor cyberassess_sqlite_transient(void) {
    return SQLITE_TRANSIENT;
}

cyberassess_sqlite_destructor cyberassess_sqlite_static(void) {
    return SQLITE_STATIC;
}
