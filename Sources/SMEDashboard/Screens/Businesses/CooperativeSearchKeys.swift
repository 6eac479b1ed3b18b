import Foundation
import SMEModel

/// Each cooperative's lower-cased "name id" as bytes, made on the first search and kept: the
/// cooperatives' count beside the business list is recounted on every search keystroke, and
/// lower-casing 16,000 names each time took longer than the keystroke may.
/// Shared by copies of `DashboardData`; not part of equality.
final class CooperativeSearchKeys: @unchecked Sendable, Equatable {
    private let lock = NSLock()
    private var keys: [[UInt8]]?

    static func == (lhs: CooperativeSearchKeys, rhs: CooperativeSearchKeys) -> Bool { true }

    func keys(_ cooperatives: [Cooperative]) -> [[UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        if let keys, keys.count == cooperatives.count { return keys }
        let made = cooperatives.map { Array("\($0.name) \($0.id)".lowercased().utf8) }
        keys = made
        return made
    }
}
