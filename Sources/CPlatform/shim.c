// The definitions behind CPlatform.h. `_GNU_SOURCE` comes from the target's settings in
// Package.swift, before any system header is read, so that glibc declares its extensions.
#include "CPlatform.h"

#include <unistd.h>

#ifdef __linux__

#ifndef _GNU_SOURCE
#error CPlatform must be compiled with _GNU_SOURCE (see Package.swift)
#endif

#include <fcntl.h>

int cyberassess_syncfs(int fd) {
    return syncfs(fd);
}

int cyberassess_has_syncfs(void) {
    return 1;
}

int cyberassess_start_writeback(int fd) {
    return sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

#else

int cyberassess_syncfs(int fd) {
    return fsync(fd);
}

int cyberassess_has_syncfs(void) {
    return 0;
}

int cyberassess_start_writeback(int fd) {
    (void)fd;
    return 0;
}

#endif
