/// Why a scaffold could not be written.
public enum ScaffoldError: Error, CustomStringConvertible, Sendable {
    case folderNotEmpty(String)
    case fileExists(String)
    case noPlan
    case badYear(String)
    case writeFailed(String, String)

    public var description: String {
        switch self {
        case .folderNotEmpty(let path): "\(path) already has files in it. Choose a new or empty folder."
        case .fileExists(let path): "\(path) already exists; it was left as it is."
        case .noPlan:
            "the site has no plan with a period (content/plan/index.md with `period:`), so there are no actions to list. Write the plan first."
        case .badYear(let text): "'\(text)' is not a plan year. Write it like 2026-27."
        case .writeFailed(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}
