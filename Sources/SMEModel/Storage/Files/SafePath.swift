import Foundation
import Glibc

/// Paths as the safe writer sees them: plain strings split on "/", made absolute against the
/// current folder, never normalised through the file system (that would follow the very links
/// this type exists to notice).
public enum SafePath {
    /// `path` made absolute, with empty and "." components dropped; ".." is kept so a caller can
    /// refuse it.
    public static func components(_ path: String) -> [String] {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return absolute.split(separator: "/", omittingEmptySubsequences: true).map(String.init).filter { $0 != "." }
    }

    /// Checks that `path` lies below `root` with no ".." and no symbolic link in any component
    /// below the root (the root itself and what is above it are the user's choice). A missing
    /// component ends the walk: what does not exist yet cannot point elsewhere.
    public static func checkInside(_ path: String, root: String) throws(SafeFileError) {
        let rootParts = components(root)
        let parts = components(path)
        guard parts.count > rootParts.count, Array(parts.prefix(rootParts.count)) == rootParts else {
            throw .outsideFolder(path, root: root)
        }
        let below = parts.dropFirst(rootParts.count)
        if below.contains("..") { throw .outsideFolder(path, root: root) }
        var current = "/" + rootParts.joined(separator: "/")
        for part in below {
            current += (current.hasSuffix("/") ? "" : "/") + part
            var info = stat()
            if lstat(current, &info) != 0 { return }
            if info.st_mode & S_IFMT == S_IFLNK { throw .linkInPath(path, link: current) }
        }
    }

    /// The folder and last component of `path`.
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = slash == path.startIndex ? "/" : String(path[..<slash])
        return (folder, String(path[path.index(after: slash)...]))
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
