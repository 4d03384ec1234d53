#include <sqlite3.h>
#include "CSQLiteConfig.h"

int cyberassess_sqlite_without_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
