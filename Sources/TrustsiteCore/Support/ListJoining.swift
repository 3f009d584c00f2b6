extension Array where Element == String {
    /// `A`, `A and B`, `A, B and C`: names as a sentence lists them (joint leads).
    var joinedAsList: String {
        guard let last, count > 1 else { return first ?? "" }
        return dropLast().joined(separator: ", ") + " and " + last
    }
}
