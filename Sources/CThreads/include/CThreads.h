#ifndef CTHREADS_H
#define CTHREADS_H

#include <pthread.h>

/// Starts a thread running `start(context)`, first placed on a CPU other than the
/// caller's: the `index`-th (from 0) of the CPUs this thread may use, counting on from
/// the caller's and skipping it. Once running, the new thread may use every CPU the
/// caller may, so the placement only decides where it starts.
///
/// Why: Linux wakes a new thread on its parent's CPU when the other is idle, and on
/// the virtual machines converge is measured on the idle CPU is not taken up for a
/// millisecond or more, so two 2 ms halves of a diff ran one after the other in most
/// runs. Swift cannot import the CPU affinity calls (glibc declares them only under
/// `_GNU_SOURCE`), hence this C file.
///
/// Returns 0 or an error number as `pthread_create` does; with a single usable CPU, or
/// when the affinity calls fail, the thread starts unplaced.
int cthreads_create_placed(pthread_t *thread, void *(*start)(void *), void *context, int index);

/// How many CPUs the calling thread may run on (1 where that cannot be known).
int cthreads_usable_cpus(void);

#endif
