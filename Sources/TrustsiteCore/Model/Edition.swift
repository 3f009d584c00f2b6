/// Which edition of the statutory guidance the rules follow.
public enum Edition: String, Sendable, Hashable, CaseIterable {
    /// The Apprenticeships, Skills, Children and Learning Act 2009 in force: the Board is statutory.
    case y2010 = "2010"
    /// The November 2008 statutory guidance.
    case y2008 = "2008"
}
