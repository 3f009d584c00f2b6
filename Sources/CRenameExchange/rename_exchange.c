#if defined(__linux__)
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif

#include "CRenameExchange.h"

#if defined(__linux__) && !defined(RENAME_EXCHANGE)
#define RENAME_EXCHANGE (1 << 1)
#endif

int trustsite_rename_exchange(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    /* The raw system call, so this also works with a C library older than glibc 2.28. */
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_SWAP);
#else
    (void)from;
    (void)to;
    errno = ENOSYS;
    return -1;
#endif
}

static int open_directory(const char *path) {
#if defined(O_DIRECTORY)
    return open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
#else
    return open(path, O_RDONLY | O_CLOEXEC);
#endif
}

int trustsite_sync_filesystem(const char *path) {
    int fd = open_directory(path);
    if (fd < 0) return -1;
#if defined(__linux__)
    int result = syncfs(fd);
#else
    sync();
    int result = fsync(fd);
#endif
    int saved = errno;
    close(fd);
    errno = saved;
    return result;
}

int trustsite_sync_directory(const char *path) {
    int fd = open_directory(path);
    if (fd < 0) return -1;
    int result = fsync(fd);
    int saved = errno;
    close(fd);
    errno = saved;
    return result;
}
