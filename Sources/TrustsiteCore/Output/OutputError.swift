/// Why the output could not be written. Each says what to do.
public enum OutputError: Error, CustomStringConvertible, Sendable {
    case unsafeOutput(path: String, reason: String)
    case notTrustsiteOutput(path: String)
    case writeFailed(path: String, reason: String)
    case swapFailed(path: String, reason: String)
    /// A page's address would put a file outside the output folder.
    case escapingPath(path: String)
    /// Another build of the same output holds its lock (`pid` when known), and this one was told not to wait.
    case busy(output: String, lock: String, pid: Int32?)
    /// The output is a symbolic link that cannot be published through (`reason` says why).
    case unusableLink(link: String, target: String, reason: String, hint: String)

    /// The file or folder it is about.
    public var path: String {
        switch self {
        case .unsafeOutput(let path, _), .notTrustsiteOutput(let path), .writeFailed(let path, _),
            .swapFailed(let path, _), .escapingPath(let path):
            path
        case .busy(let output, _, _): output
        case .unusableLink(let link, _, _, _): link
        }
    }

    public var description: String {
        switch self {
        case .unsafeOutput(let path, let reason):
            "refusing to write the site to \(path): \(reason) Choose another folder with --output."
        case .notTrustsiteOutput(let path):
            "\(path) already exists and was not written by trustsite, so it will not be replaced. "
                + "Move it away, or choose another folder with --output."
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason). Check there is free disk space and that the folder is writable; "
                + "the previous site is untouched."
        case .swapFailed(let path, let reason):
            "cannot put the new site in place at \(path): \(reason). The previous site is untouched."
        case .escapingPath(let path):
            "refusing to write '\(path)': the address would put a file outside the site folder. "
                + "Rename the file it comes from so its address has only plain names; the previous site is untouched."
        case .busy(let output, let lock, let pid):
            "another build of \(output) is running (\(pid.map { "process \($0)" } ?? "another process") holds "
                + "the lock \(lock)), so this one stops. Wait for it to finish, or build without --no-wait "
                + "to wait for it; the site is untouched."
        case .unusableLink(let link, let target, let reason, let hint):
            "refusing to publish through \(link): it is a symbolic link to \(target), \(reason). \(hint) "
                + "The link and the site it leads to are untouched."
        }
    }
}
