import Foundation
import Glibc

/// An exclusive advisory lock on a data folder, held by a save from re-reading the stamp until
/// the rename, so two officials saving the same file within milliseconds cannot both pass the
/// stamp check. `flock` on the folder itself leaves nothing behind; where a file system refuses
/// that (some network mounts), a hidden `.smedash.lock` file in the folder is locked instead.
/// Only processes that lock take part: an editor writing the file directly is still noticed by
/// the stamp check, just not excluded.
final class FolderLock {
    static let fileName = ".smedash.lock"
    private let descriptor: Int32

    /// Locks `folder`, waiting for another save to finish; nil when the folder cannot be opened or
    /// locked at all (it is gone, or read-only on a mount without locks), in which case the save
    /// goes on and fails or succeeds on its own merits.
    init?(_ folder: String) {
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            if Self.lock(directory) {
                descriptor = directory
                return
            }
            close(directory)
        }
        let file = open(SafePath.join(folder, Self.fileName), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o666)
        guard file >= 0 else { return nil }
        guard Self.lock(file) else {
            close(file)
            return nil
        }
        descriptor = file
    }

    private static func lock(_ descriptor: Int32) -> Bool {
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// Closing releases the lock.
    func release() {
        close(descriptor)
    }
}
