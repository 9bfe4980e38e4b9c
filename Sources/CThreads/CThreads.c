#define _GNU_SOURCE
#include "CThreads.h"

#include <stdlib.h>

#ifdef __linux__
#include <sched.h>

/// What the new thread needs before it runs its work: the CPUs it may use from then on.
struct placed_start {
    void *(*start)(void *);
    void *context;
    cpu_set_t allowed;
};

static void *run_placed(void *argument) {
    struct placed_start placed = *(struct placed_start *)argument;
    free(argument);
    sched_setaffinity(0, sizeof placed.allowed, &placed.allowed);
    return placed.start(placed.context);
}

/// The `index`-th CPU of `allowed` after `current`, cyclically, never `current`; -1 when
/// `allowed` has no other CPU.
static int other_cpu(const cpu_set_t *allowed, int current, int index) {
    int others = CPU_COUNT(allowed) - (current >= 0 && CPU_ISSET(current, allowed) ? 1 : 0);
    if (others < 1) return -1;
    int wanted = index % others;
    for (int step = 1; step <= CPU_SETSIZE; step++) {
        int cpu = ((current < 0 ? 0 : current) + step) % CPU_SETSIZE;
        if (cpu == current || !CPU_ISSET(cpu, allowed)) continue;
        if (wanted-- == 0) return cpu;
    }
    return -1;
}

int cthreads_create_placed(pthread_t *thread, void *(*start)(void *), void *context, int index) {
    cpu_set_t allowed;
    int cpu = -1;
    if (sched_getaffinity(0, sizeof allowed, &allowed) == 0) {
        cpu = other_cpu(&allowed, sched_getcpu(), index);
    }
    struct placed_start *placed = cpu < 0 ? NULL : malloc(sizeof *placed);
    pthread_attr_t attributes;
    if (placed != NULL && pthread_attr_init(&attributes) == 0) {
        placed->start = start;
        placed->context = context;
        placed->allowed = allowed;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        pthread_attr_setaffinity_np(&attributes, sizeof one, &one);
        int error = pthread_create(thread, &attributes, run_placed, placed);
        pthread_attr_destroy(&attributes);
        if (error == 0) return 0;
    }
    free(placed);
    // Unplaced: a single usable CPU, an affinity call that failed, or a CPU that went
    // away since it was read.
    return pthread_create(thread, NULL, start, context);
}

int cthreads_usable_cpus(void) {
    cpu_set_t allowed;
    return sched_getaffinity(0, sizeof allowed, &allowed) == 0 ? CPU_COUNT(&allowed) : 1;
}

#else

int cthreads_create_placed(pthread_t *thread, void *(*start)(void *), void *context, int index) {
    (void)index;
    return pthread_create(thread, NULL, start, context);
}

int cthreads_usable_cpus(void) { return 1; }

#endif
