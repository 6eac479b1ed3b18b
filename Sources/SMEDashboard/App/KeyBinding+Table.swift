import SMEModel
import TerminalUI

extension KeyBinding {
    /// Every key binding of the dashboard.
    public static let table: [KeyBinding] = global + movement + businesses + survey + checklists + assess + export + inbox + dialogs

    private static func hint(_ id: String, _ en: String) -> Localized { Localized(id: id, en: en) }

    static let global: [KeyBinding] = [
        KeyBinding([.tab], .nextScreen, .global),
        KeyBinding([.backTab], .previousScreen, .global),
        KeyBinding([.char("1")], .showBusinesses, .global),
        KeyBinding([.char("2")], .showSurvey, .global),
        KeyBinding([.char("3")], .showChecklists, .global),
        KeyBinding([.char("4")], .showAssess, .global),
        KeyBinding([.char("5")], .showExport, .global),
        KeyBinding([.char("6")], .showInbox, .global),
        KeyBinding([.char("?"), .function(1)], .help, .global, hint: hint("bantuan", "help")),
        KeyBinding([.char(":"), .function(2)], .commandMenu, .global, hint: hint("menu", "menu")),
        KeyBinding([.char("q"), .function(10), .ctrl("c")], .quit, .global, hint: hint("keluar", "quit")),
        KeyBinding([.ctrl("s")], .save, .global),
        KeyBinding([.char("u")], .undo, .global),
        KeyBinding([.ctrl("r")], .redo, .global),
        KeyBinding([.ctrl("l")], .redraw, .global),
        KeyBinding([.ctrl("z")], .suspend, .global),
        KeyBinding([.char("L")], .toggleLanguage, .global),
        KeyBinding([.char("y")], .copy, .global),
        KeyBinding([.ctrl("o")], .reloadData, .global),
    ]

    static let movement: [KeyBinding] = [
        KeyBinding([.up, .char("k")], .moveUp, .global),
        KeyBinding([.down, .char("j")], .moveDown, .global),
        KeyBinding([.pageUp], .pageUp, .global),
        KeyBinding([.pageDown], .pageDown, .global),
        KeyBinding([.home, .char("g")], .moveToTop, .global),
        KeyBinding([.end, .char("G")], .moveToBottom, .global),
        KeyBinding([.left, .char("h")], .focusLeft, .global),
        KeyBinding([.right, .char("l")], .focusRight, .global),
        KeyBinding([.enter], .open, .global),
        KeyBinding([.escape], .back, .global),
    ]

    static let businesses: [KeyBinding] = [
        KeyBinding([.enter], .open, .screen(.businesses), hint: hint("rincian", "details")),
        KeyBinding([.char("/"), .function(3)], .search, .screen(.businesses), hint: hint("cari", "search")),
        KeyBinding([.char("r")], .filterRegion, .screen(.businesses), hint: hint("wilayah", "region")),
        KeyBinding([.char("z")], .filterScale, .screen(.businesses), hint: hint("skala", "scale")),
        KeyBinding([.char("o")], .filterOnline, .screen(.businesses), hint: hint("daring", "online")),
        KeyBinding([.char("c")], .filterChannel, .screen(.businesses), hint: hint("kanal", "channel")),
        KeyBinding([.char("x")], .clearFilters, .screen(.businesses), hint: hint("hapus saring", "clear")),
        KeyBinding([.char("s")], .sortColumn, .screen(.businesses), hint: hint("urut", "sort")),
        KeyBinding([.char("S")], .reverseSort, .screen(.businesses)),
        KeyBinding([.char("P")], .togglePersonalData, .screen(.businesses)),
        KeyBinding([.char("t")], .filterType, .screen(.businesses), hint: hint("jenis", "type")),
        KeyBinding([.char("a")], .filterActive, .screen(.businesses), hint: hint("aktif", "active")),
        KeyBinding([.char("w")], .ratWorklist, .screen(.businesses), hint: hint("pembinaan", "worklist")),
        KeyBinding([.char("F")], .frequency, .screen(.businesses), hint: hint("frekuensi", "frequency")),
        KeyBinding([.char("E")], .exportView, .screen(.businesses)),
        KeyBinding([.char("C"), .function(9)], .columns, .screen(.businesses)),
        KeyBinding([.char(" ")], .toggleColumn, .screen(.businesses)),
        KeyBinding([.char("K")], .moveColumnUp, .screen(.businesses)),
        KeyBinding([.char("J")], .moveColumnDown, .screen(.businesses)),
        KeyBinding([.char("I")], .filterLastImport, .screen(.businesses)),
    ]

    static let survey: [KeyBinding] = [
        KeyBinding([.char("w")], .pickWave, .screen(.survey), hint: hint("gelombang", "wave")),
        KeyBinding([.char("b")], .pickBreakdown, .screen(.survey), hint: hint("rincian", "breakdown")),
        KeyBinding([.char("n")], .nextBreakdown, .screen(.survey), hint: hint("berikut", "next")),
        KeyBinding([.char("c")], .compareWave, .screen(.survey), hint: hint("banding", "compare")),
        KeyBinding([.char("t")], .cycleWeighting, .screen(.survey), hint: hint("timbang", "weight")),
        KeyBinding([.char("F")], .responseFrequency, .screen(.survey), hint: hint("frekuensi", "frequency")),
        KeyBinding([.char("E")], .exportResponseFrequency, .screen(.survey)),
    ]

    static let checklists: [KeyBinding] = [
        KeyBinding([.char("a")], .addItem, .screen(.checklists), hint: hint("tambah", "add")),
        KeyBinding([.char("e"), .enter], .editItem, .screen(.checklists), hint: hint("ubah", "edit")),
        KeyBinding([.char("E")], .editItemOtherLanguage, .screen(.checklists)),
        KeyBinding([.char("d"), .delete], .deleteItem, .screen(.checklists), hint: hint("hapus", "delete")),
        KeyBinding([.char("K"), .alt(.up)], .moveItemUp, .screen(.checklists), hint: hint("naikkan", "up")),
        KeyBinding([.char("J"), .alt(.down)], .moveItemDown, .screen(.checklists), hint: hint("turunkan", "down")),
        KeyBinding([.char("r")], .toggleRequired, .screen(.checklists), hint: hint("wajib", "required")),
        KeyBinding([.char("!")], .toggleCritical, .screen(.checklists), hint: hint("kritis", "critical")),
        KeyBinding([.char("N")], .newRevision, .screen(.checklists)),
        KeyBinding([.char("p")], .publish, .screen(.checklists)),
        KeyBinding([.char("H")], .checklistHistory, .screen(.checklists), hint: hint("riwayat", "history")),
        KeyBinding([.ctrl("s")], .save, .screen(.checklists), hint: hint("simpan", "save")),
        KeyBinding([.char("u")], .undo, .screen(.checklists), hint: hint("batal", "undo")),
        KeyBinding([.ctrl("r")], .redo, .screen(.checklists)),
    ]

    static let assess: [KeyBinding] = [
        KeyBinding([.char("b")], .pickBusiness, .screen(.assess), hint: hint("usaha", "business")),
        KeyBinding([.char(" ")], .cycleAnswer, .screen(.assess), hint: hint("jawab", "answer")),
        KeyBinding([.char("#"), .enter], .enterNumber, .screen(.assess), hint: hint("isi", "enter")),
        KeyBinding([.char("n")], .editNote, .screen(.assess), hint: hint("catatan", "note")),
        KeyBinding([.char("t")], .editAction, .screen(.assess), hint: hint("tindakan", "action")),
        KeyBinding([.char("A")], .setAssessor, .screen(.assess), hint: hint("penilai", "assessor")),
        KeyBinding([.char("V")], .visitDetails, .screen(.assess)),
        KeyBinding([.char("N")], .newAssessment, .screen(.assess)),
        KeyBinding([.char("o")], .openAssessment, .screen(.assess), hint: hint("buka", "open")),
        KeyBinding([.char("F")], .followUp, .screen(.assess)),
        KeyBinding([.char("H")], .assessmentHistory, .screen(.assess)),
        KeyBinding([.ctrl("s")], .save, .screen(.assess), hint: hint("simpan", "save")),
        KeyBinding([.char("u")], .undo, .screen(.assess)),
        KeyBinding([.ctrl("r")], .redo, .screen(.assess)),
    ]

    static let export: [KeyBinding] = [
        KeyBinding([.enter], .open, .screen(.export), hint: hint("pilih", "choose")),
        KeyBinding([.right, .char("l")], .nextValue, .screen(.export), hint: hint("ganti", "change")),
        KeyBinding([.left, .char("h")], .previousValue, .screen(.export)),
        KeyBinding([.char("x"), .function(5)], .runExport, .screen(.export), hint: hint("ekspor", "export")),
    ]

    static let inbox: [KeyBinding] = [
        KeyBinding([.char("v")], .cycleVerdict, .screen(.inbox), hint: hint("putusan", "verdict")),
        KeyBinding([.char("k")], .keepRow, .screen(.inbox), hint: hint("simpan", "keep")),
        KeyBinding([.char("s")], .skipRow, .screen(.inbox), hint: hint("lewati", "skip")),
        KeyBinding([.char("m")], .mergeRow, .screen(.inbox), hint: hint("gabung", "merge")),
        KeyBinding([.char("A")], .acceptBatch, .screen(.inbox), hint: hint("terima", "accept")),
        KeyBinding([.char("R")], .returnBatch, .screen(.inbox), hint: hint("kembalikan", "return")),
    ]

    static let dialogs: [KeyBinding] = [
        KeyBinding([.enter, .char(" ")], .dialog(.accept), .dialog(.question)),
        KeyBinding([.escape], .dialog(.cancel), .dialog(.question)),
        KeyBinding([.left, .backTab, .char("h")], .dialog(.previousButton), .dialog(.question)),
        KeyBinding([.right, .tab, .char("l")], .dialog(.nextButton), .dialog(.question)),
        KeyBinding([.char("y")], .dialog(.yes), .dialog(.question)),
        KeyBinding([.char("n")], .dialog(.no), .dialog(.question)),
        KeyBinding([.enter], .dialog(.accept), .dialog(.list)),
        KeyBinding([.escape], .dialog(.cancel), .dialog(.list)),
        KeyBinding([.up, .ctrl("p")], .dialog(.up), .dialog(.list)),
        KeyBinding([.down, .ctrl("n")], .dialog(.down), .dialog(.list)),
        KeyBinding([.tab], .dialog(.toggleMark), .dialog(.list)),
        KeyBinding([.pageUp], .dialog(.pageUp), .dialog(.list)),
        KeyBinding([.pageDown], .dialog(.pageDown), .dialog(.list)),
        KeyBinding([.home], .dialog(.top), .dialog(.list)),
        KeyBinding([.end], .dialog(.bottom), .dialog(.list)),
        KeyBinding([.enter], .dialog(.accept), .dialog(.text)),
        KeyBinding([.escape], .dialog(.cancel), .dialog(.text)),
        KeyBinding([.escape, .enter, .char("q"), .char("?"), .function(1)], .dialog(.cancel), .dialog(.reading)),
        KeyBinding([.up, .char("k")], .dialog(.up), .dialog(.reading)),
        KeyBinding([.down, .char("j")], .dialog(.down), .dialog(.reading)),
        KeyBinding([.pageUp], .dialog(.pageUp), .dialog(.reading)),
        KeyBinding([.pageDown, .char(" ")], .dialog(.pageDown), .dialog(.reading)),
        KeyBinding([.home], .dialog(.top), .dialog(.reading)),
    ]
}
