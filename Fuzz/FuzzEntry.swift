import Foundation

// libFuzzer entry point; built by Fuzz/run.sh together with the SMEModel sources (one module, so
// the targets can reach internal API). SMEDASH_FUZZ_TARGET picks the target: csv or checklist.

private let target = ProcessInfo.processInfo.environment["SMEDASH_FUZZ_TARGET"] ?? "checklist"

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch target {
    case "csv": FuzzTargets.csv(bytes)
    default: FuzzTargets.checklist(bytes)
    }
    return 0
}
