#ifndef CYBERASSESS_CPLATFORM_H
#define CYBERASSESS_CPLATFORM_H

/// Calls of the C library that Swift's overlay does not declare because they are GNU
/// extensions (`syncfs`, `sync_file_range`), compiled in `shim.c` with `_GNU_SOURCE`. Each
/// has a fallback where the system lacks the call, so the Swift side never asks at run time.

/// Makes every file of the file system holding the open file `fd` durable: `syncfs` on Linux,
/// an `fsync` of `fd` itself elsewhere (callers fall back to syncing each file; see
/// `cyberassess_has_syncfs`). Returns 0, or -1 with `errno` set.
int cyberassess_syncfs(int fd);

/// 1 where `cyberassess_syncfs` syncs the whole file system (Linux), 0 where it syncs only
/// the one file.
int cyberassess_has_syncfs(void);

/// Starts writing the dirty pages of the open file `fd` to disk without waiting for them:
/// `sync_file_range` with `SYNC_FILE_RANGE_WRITE` over the whole file on Linux, nothing
/// elsewhere (a later `fsync` then does all the work). Returns 0, or -1 with `errno` set.
int cyberassess_start_writeback(int fd);

#endif
