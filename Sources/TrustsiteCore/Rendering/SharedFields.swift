/// Template fields built once and read by every page's render, on every core.
struct SharedFields: @unchecked Sendable {
    // Built once before rendering starts and never mutated: only strings, numbers, booleans and
    // arrays and dictionaries of them, all value types.
    let values: [String: Any]
}
