// libFuzzer's driver, which the fuzz target's main calls (libFuzzer's own main is not used,
// since SwiftPM gives every executable a main of its own).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
