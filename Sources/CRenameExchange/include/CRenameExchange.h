#ifndef CRENAMEEXCHANGE_H
#define CRENAMEEXCHANGE_H

/// Atomically exchanges the two existing paths `from` and `to`: on Linux
/// renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE), on macOS renamex_np(from, to,
/// RENAME_SWAP). Returns 0 on success, or -1 with errno set: ENOSYS where the system has no such
/// call, EINVAL (Linux) or ENOTSUP (macOS) where the file system cannot do it. The caller then
/// falls back to two renames.
int trustsite_rename_exchange(const char *from, const char *to);

/// Flushes every written file of the file system holding the folder `path` to disk, in one call
/// (Linux syncfs; elsewhere sync), instead of one fsync per file. Returns 0, or -1 with errno set.
int trustsite_sync_filesystem(const char *path);

/// Flushes the folder `path` itself (its entries, such as a rename into it). Returns 0, or -1.
int trustsite_sync_directory(const char *path);

#endif
