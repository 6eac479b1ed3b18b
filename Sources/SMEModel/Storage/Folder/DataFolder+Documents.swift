import Foundation

extension DataFolder {
    /// `<root>/<folder>/<id>.json` for a document named after data (an assessment key, a template
    /// key); the id must pass `SafeName`, so no value from a data file can lead outside `folder`.
    public func documentPath(_ folder: String, id: String, suffix: String = ".json") throws(SafeNameError) -> String {
        path(folder + "/" + (try SafeName.fileName(id, suffix: suffix)))
    }
}
