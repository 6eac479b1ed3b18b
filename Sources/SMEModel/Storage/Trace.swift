import Foundation
public enum Trace {
    static let start = DispatchTime.now().uptimeNanoseconds
    static let on = ProcessInfo.processInfo.environment["SMEDASH_TRACE"] != nil
    public static func mark(_ name: String) {
        guard on else { return }
        let origin = start
        let ms = Double(DispatchTime.now().uptimeNanoseconds - origin) / 1e6
        FileHandle.standardError.write(Data(String(format: "%8.1f ms  %@\n", ms, name).utf8))
    }
}
