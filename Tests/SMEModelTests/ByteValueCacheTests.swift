import Testing
@testable import SMEModel

/// The parse cache of the fast CSV reader: each distinct text is parsed once, every lookup gives
/// what the parser gives, whatever the text's length and place in the buffer.
@Suite struct ByteValueCacheTests {
    /// Looks up every text of `texts`, laid out in one buffer, counting the parser's calls.
    private func run(_ texts: [String], limit: Int = 4096, padding: Int = 16) -> (values: [String], parses: Int) {
        var buffer: [UInt8] = []
        var ranges: [Range<Int>] = []
        for text in texts {
            let start = buffer.count
            buffer += Array(text.utf8)
            ranges.append(start..<buffer.count)
            buffer.append(UInt8(ascii: ","))
        }
        buffer += [UInt8](repeating: 0, count: padding)
        var cache = ByteValueCache<String>(limit: limit)
        var parses = 0
        let values = buffer.withUnsafeBufferPointer { bytes in
            ranges.map { range in
                cache.value(bytes.baseAddress!, range.lowerBound, range.upperBound, bufferEnd: bytes.count - padding + padding) {
                    parses += 1
                    return "<\($0)>"
                }
            }
        }
        return (values, parses)
    }

    @Test func eachDistinctTextIsParsedOnceAndEveryLookupMatchesTheParser() {
        let texts = ["micro", "small", "micro", "whatsapp|instagram|tokopedia|shopee", "micro", "",
                     "whatsapp|instagram|tokopedia|shopee", "micr", "microo", "small", ""]
        let result = run(texts)
        #expect(result.values == texts.map { "<\($0)>" })
        #expect(result.parses == Set(texts).count)
    }

    @Test func textsThatShareWordsButNotLengthAreApart() {
        // 16 and 17 bytes with the same first 16: one fits two words, the other is hashed whole.
        let sixteen = String(repeating: "a", count: 16), seventeen = String(repeating: "a", count: 17)
        let texts = [sixteen, seventeen, sixteen + "b", seventeen, sixteen, "a", "aa"]
        let result = run(texts)
        #expect(result.values == texts.map { "<\($0)>" })
        #expect(result.parses == Set(texts).count)
    }

    @Test func textsAtTheVeryEndOfTheBufferAreReadWithoutWordLoads() {
        let texts = ["micro", "small", "micro"]
        let result = run(texts, padding: 0)
        #expect(result.values == texts.map { "<\($0)>" })
    }

    @Test func pastTheLimitValuesAreStillRightAndParsedEachTime() {
        let texts = (0..<20).map { "text-\($0 % 10)" }
        let result = run(texts, limit: 4)
        #expect(result.values == texts.map { "<\($0)>" })
        // The first four distinct texts are cached; the other six are parsed at each sight.
        #expect(result.parses == 4 + 12)
    }

    @Test func manyDistinctTextsGrowTheTableWithoutLosingAny() {
        let texts = (0..<3_000).map { "sector-\($0)" } + (0..<3_000).map { "sector-\($0)" }
        let result = run(texts)
        #expect(result.values == texts.map { "<\($0)>" })
        #expect(result.parses == 3_000)
    }
}
