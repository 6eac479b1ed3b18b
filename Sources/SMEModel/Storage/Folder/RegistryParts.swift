/// The parts of a data folder a command needs, so `smedash survey` does not read a million
/// businesses. Regions and sectors are always read: every other file refers to them.
public struct RegistryParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let businesses = RegistryParts(rawValue: 1)
    public static let cooperatives = RegistryParts(rawValue: 2)
    /// Survey waves and responses.
    public static let survey = RegistryParts(rawValue: 4)
    public static let all: RegistryParts = [.businesses, .cooperatives, .survey]
}
