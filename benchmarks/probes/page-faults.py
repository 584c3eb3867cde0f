#!/usr/bin/env python3
"""What a first touch of fresh memory costs on this machine, in 4 KiB pages and in transparent huge pages.

Maps 256 MiB of private anonymous memory (as a JVM heap is), 2 MiB-aligned, touches every byte (memset), then
touches it again; N rounds in 4 KiB pages, then N with the mapping madvise(MADV_HUGEPAGE)d first, as
-XX:+UseTransparentHugePages does.
Usage: python3 benchmarks/probes/page-faults.py [--rounds N]   (docs/benchmarks.md, "the swing was page faults")
"""
import ctypes
import sys
import time

libc = ctypes.CDLL("libc.so.6", use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, MADV_HUGEPAGE = 3, 0x02 | 0x20, 14
SIZE, ALIGN = 256 << 20, 2 << 20


def touch(huge):
    mapping = libc.mmap(None, SIZE + ALIGN, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0)
    if mapping in (None, ctypes.c_void_p(-1).value):
        sys.exit("mmap failed")
    start = (mapping + ALIGN - 1) & ~(ALIGN - 1)
    if huge:
        libc.madvise(start, SIZE, MADV_HUGEPAGE)
    clock = time.perf_counter()
    libc.memset(start, 1, SIZE)
    first = time.perf_counter() - clock
    clock = time.perf_counter()
    libc.memset(start, 2, SIZE)
    second = time.perf_counter() - clock
    libc.munmap(mapping, SIZE + ALIGN)
    return first, second


rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
with open("/sys/kernel/mm/transparent_hugepage/enabled") as f:
    print("transparent huge pages:", f.read().strip())
for huge in (False, True):
    for _ in range(rounds):
        first, second = touch(huge)
        print(f"{'huge pages' if huge else '4 KiB pages'}: 256 MiB first touch {first * 1000:6.1f} ms, again {second * 1000:5.1f} ms")
