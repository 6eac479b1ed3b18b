import Foundation

/// A checklist template as loaded from disk, with the stamp the safe save compares against.
public struct ChecklistFile: Hashable, Sendable {
    public var path: String
    public var checklist: Checklist
    public var stamp: FileStamp

    public init(path: String, checklist: Checklist, stamp: FileStamp) {
        self.path = path
        self.checklist = checklist
        self.stamp = stamp
    }
}
