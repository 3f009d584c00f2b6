// Write a tree of folders and files of given sizes, as fast as the disk allows, and say how long it took.
//
//     write_files MANIFEST OUT [THREADS]
//
// The second half of the benchmark's floor (bench/README.md): trustsite must at least write the
// files and folders it writes. bench.py compiles this file (cc -O2 -pthread) into
// bench/work/bin/write_files and makes MANIFEST from a trustsite build's output: one line a
// folder, "d <path>", parents first, then one line a file, "f <size> <path>", paths relative to OUT
// (no newline in a path: trustsite's output has none). OUT must not exist.
//
// It creates the folders, then the files with bytes of the given size (filler: the contents do
// not change the cost) from THREADS threads (default 2: file creation waits on the disk, and
// trustsite and Hugo may use both cores too), then makes the writes durable with one syncfs(2) of
// OUT's filesystem, as trustsite does before it swaps a new site in. The work is timed from the
// first mkdir to the end of the syncfs; reading the manifest and starting the process are not.
// Prints one line of JSON: {"wall": s, "cpu": s (user + system, the work only), "sync": s of the
// wall spent in syncfs, "dirs": n, "files": n, "bytes": n}. Exits 1, naming the path, on any error.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

struct entry { char *path; long size; };

static struct entry *dirs, *files;
static long ndirs, nfiles, nthreads = 2;
static int out_fd;
static char filler[65536];

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static double cpu_seconds(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec + u.ru_stime.tv_usec / 1e6;
}

static void fail(const char *what, const char *path) {
    fprintf(stderr, "write_files: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

// Thread k writes files k, k + nthreads, ...: each thread gets files from every folder and of every size.
static void *write_share(void *arg) {
    long k = (long)arg;
    for (long i = k; i < nfiles; i += nthreads) {
        int fd = openat(out_fd, files[i].path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
        if (fd < 0) fail("cannot create", files[i].path);
        for (long left = files[i].size; left > 0;) {
            ssize_t n = write(fd, filler, left < (long)sizeof filler ? (size_t)left : sizeof filler);
            if (n < 0) fail("cannot write", files[i].path);
            left -= n;
        }
        if (close(fd) != 0) fail("cannot close", files[i].path);
    }
    return NULL;
}

static void read_manifest(const char *name) {
    FILE *f = fopen(name, "r");
    if (!f) fail("cannot read", name);
    long cap = 1024;
    dirs = malloc(cap * sizeof *dirs);
    files = malloc(cap * sizeof *files);
    char *line = NULL;
    size_t len = 0;
    ssize_t n;
    while ((n = getline(&line, &len, f)) > 0) {
        if (line[n - 1] == '\n') line[n - 1] = 0;
        if (ndirs >= cap || nfiles >= cap) {
            cap *= 2;
            dirs = realloc(dirs, cap * sizeof *dirs);
            files = realloc(files, cap * sizeof *files);
        }
        if (!dirs || !files) { fprintf(stderr, "write_files: out of memory\n"); exit(1); }
        char *end;
        if (line[0] == 'd' && line[1] == ' ') {
            dirs[ndirs++] = (struct entry){strdup(line + 2), 0};
        } else if (line[0] == 'f' && line[1] == ' ' && (files[nfiles].size = strtol(line + 2, &end, 10), *end == ' ')) {
            files[nfiles++].path = strdup(end + 1);
        } else {
            fprintf(stderr, "write_files: %s: a line is neither 'd <path>' nor 'f <size> <path>': %s\n", name, line);
            exit(1);
        }
    }
    free(line);
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: write_files MANIFEST OUT [THREADS]\n");
        return 2;
    }
    if (argc == 4 && (nthreads = atol(argv[3])) < 1) nthreads = 1;
    read_manifest(argv[1]);
    memset(filler, 'x', sizeof filler);

    double cpu0 = cpu_seconds(), t0 = now();
    if (mkdir(argv[2], 0755) != 0) fail("cannot make", argv[2]);
    out_fd = open(argv[2], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out_fd < 0) fail("cannot open", argv[2]);
    for (long i = 0; i < ndirs; i++)
        if (mkdirat(out_fd, dirs[i].path, 0755) != 0) fail("cannot make", dirs[i].path);
    pthread_t threads[64];
    if (nthreads > 64) nthreads = 64;
    for (long k = 0; k < nthreads; k++)
        if (pthread_create(&threads[k], NULL, write_share, (void *)k) != 0) fail("cannot start a thread for", argv[2]);
    for (long k = 0; k < nthreads; k++) pthread_join(threads[k], NULL);
    double t_sync = now();
    if (syncfs(out_fd) != 0) fail("cannot syncfs", argv[2]);
    double t1 = now(), cpu1 = cpu_seconds();

    long bytes = 0;
    for (long i = 0; i < nfiles; i++) bytes += files[i].size;
    printf("{\"wall\": %.6f, \"cpu\": %.6f, \"sync\": %.6f, \"dirs\": %ld, \"files\": %ld, \"bytes\": %ld}\n",
           t1 - t0, cpu1 - cpu0, t1 - t_sync, ndirs, nfiles, bytes);
    return 0;
}
