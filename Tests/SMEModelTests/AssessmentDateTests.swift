import Testing
@testable import SMEModel

@Suite struct AssessmentDateTests {
    @Test func parsesOnlyRealDatesInISOShape() {
        #expect(ISODate("2020-02-29")?.day == 29)
        #expect(ISODate("2021-02-29") == nil)
        #expect(ISODate("1900-02-29") == nil)
        #expect(ISODate("2000-02-29") != nil)
        #expect(ISODate("2020-04-31") == nil)
        for bad in ["2020-7-01", "2020-07-01T00:00", "", "2020/07/01", "２０２０-07-01", "0000-01-01", "2020-13-01"] {
            #expect(ISODate(bad) == nil, "\(bad)")
        }
        #expect(ISODate(year: 987, month: 3, day: 4)?.description == "0987-03-04")
    }

    @Test func dayNumbersMatchKnownDates() {
        #expect(ISODate("1970-01-01")?.dayNumber == 0)
        #expect(ISODate("2000-03-01")?.dayNumber == 11_017)
        #expect(ISODate("1969-12-31")?.dayNumber == -1)
        #expect(ISODate("2020-08-17")?.dayNumber == 18_491)
    }

    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        func plus(_ date: String, _ days: Int) -> String? { ISODate(date)?.adding(days: days)?.description }
        #expect(plus("2020-02-28", 1) == "2020-02-29")
        #expect(plus("2021-02-28", 1) == "2021-03-01")
        #expect(plus("2020-12-31", 1) == "2021-01-01")
        #expect(plus("2020-07-28", 14) == "2020-08-11")
        #expect(plus("2020-03-01", -1) == "2020-02-29")
        #expect(plus("2020-01-01", 366) == "2021-01-01")
        #expect(plus("9999-12-31", 1) == nil)
    }

    @Test func dayNumberRoundTripsEveryDayOfTwoCenturies() {
        var date = ISODate("1899-12-25")
        var expected = date?.dayNumber ?? 0
        var mismatches: [String] = []
        while let current = date, current.year < 2101 {
            if current.dayNumber != expected || ISODate(dayNumber: expected) != current {
                mismatches.append(current.description)
            }
            date = current.adding(days: 1)
            expected += 1
        }
        #expect(mismatches.isEmpty)
        #expect(date?.description == "2101-01-01")
        #expect(ISODate("2020-07-28")! < ISODate("2020-08-01")!)
    }
}

@Suite struct TypedDateTests {
    @Test func dayFirstAndISOFormsAreRead() {
        #expect(ISODate(typed: "10/12/2026")?.description == "2026-12-10")
        #expect(ISODate(typed: "1/2/2021")?.description == "2021-02-01")
        #expect(ISODate(typed: " 10-12-2026 ")?.description == "2026-12-10")
        #expect(ISODate(typed: "10.12.2026")?.description == "2026-12-10")
        #expect(ISODate(typed: "2026-12-10")?.description == "2026-12-10")
    }

    @Test func impossibleOrAmbiguousFormsAreRefused() {
        for text in ["31/02/2026", "13/13/2026", "12/10/26", "2026/12/10", "10/12", "", "١٠/١٢/٢٠٢٦", "10//2026"] {
            #expect(ISODate(typed: text) == nil, "\(text)")
        }
    }
}
