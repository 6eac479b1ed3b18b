import Foundation

/// An assessment as loaded from disk.
public struct AssessmentFile: Hashable, Sendable {
    public var path: String
    public var assessment: Assessment
    public var stamp: FileStamp

    public init(path: String, assessment: Assessment, stamp: FileStamp) {
        self.path = path
        self.assessment = assessment
        self.stamp = stamp
    }
}
