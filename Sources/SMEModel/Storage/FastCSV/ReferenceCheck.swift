/// Asks the reference reader (`CSVTable` + `RegistryDecoder`) about a record the fast path
/// refused, reading only the header and that record, so a problem on line 900,000 is reported
/// in milliseconds with the same words the reference reader uses for the whole file.
struct ReferenceCheck {
    let text: ColumnBuffer<UInt8>
    let scanner: CSVScanner
    let headerEnd: Int

    /// Runs `decode` on the header plus the record at `recordStart` and throws its error with the
    /// record's real line. Returns normally when it cannot tell (a carriage return before the
    /// record, or no error in the record alone); the caller then reads the whole file.
    func checkRecord(at recordStart: Int, decode: ([UInt8]) throws(DataFolderError) -> Void) throws(DataFolderError) {
        guard let recordLine = scanner.line(at: recordStart), let headerLines = scanner.line(at: headerEnd) else { return }
        // Past the record limit the reference reader stops anyway; copying more would only cost memory.
        let recordEnd = min(scanner.recordEnd(from: recordStart, limit: recordStart + DataLimits.recordBytes + 2), text.count)
        let bytes = Array(text.buffer[0..<headerEnd]) + Array(text.buffer[recordStart..<recordEnd])
        do {
            try decode(bytes)
        } catch .csv(var error) {
            // In the two-record file the record starts on line `headerLines`.
            error.line += recordLine - headerLines
            throw .csv(error)
        } catch {
            throw error
        }
    }
}
