"""The accuracy table of the README, and the regression baseline CI holds the project to.

    python scripts/accuracy.py                    # print the markdown table for every corpus
    python scripts/accuracy.py --write-baseline   # also rewrite corpora/baseline.json (a commit of its own)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract_source  # noqa: E402
from pipeline.evaluate import load_jsonl, score  # noqa: E402
from pipeline.read import read  # noqa: E402

# corpus name -> (gold folder, documents folder)
CORPORA = {"samples": (ROOT / "corpora" / "gold", ROOT / "corpora" / "samples"),
           "dev": (ROOT / "corpora" / "dev", ROOT / "corpora" / "dev"),
           "test": (ROOT / "corpora" / "test", ROOT / "corpora" / "test"),
           "real-train": (ROOT / "corpora" / "real" / "train", ROOT / "corpora" / "real" / "train"),
           "real-dev": (ROOT / "corpora" / "real" / "dev", ROOT / "corpora" / "real" / "dev"),
           "real-test": (ROOT / "corpora" / "real" / "test", ROOT / "corpora" / "real" / "test"),
           "real-test2": (ROOT / "corpora" / "real" / "test2", ROOT / "corpora" / "real" / "test2"),
           "real-test3": (ROOT / "corpora" / "real" / "test3", ROOT / "corpora" / "real" / "test3"),
           "real-test4": (ROOT / "corpora" / "real" / "test4", ROOT / "corpora" / "real" / "test4"),
           "real-test5": (ROOT / "corpora" / "real" / "test5", ROOT / "corpora" / "real" / "test5"),
           "real-test6": (ROOT / "corpora" / "real" / "test6", ROOT / "corpora" / "real" / "test6"),
           "real-test7": (ROOT / "corpora" / "real" / "test7", ROOT / "corpora" / "real" / "test7"),
           "real-test8": (ROOT / "corpora" / "real" / "test8", ROOT / "corpora" / "real" / "test8"),
           "real-test9": (ROOT / "corpora" / "real" / "test9", ROOT / "corpora" / "real" / "test9"),
           "real-test10": (ROOT / "corpora" / "real" / "test10", ROOT / "corpora" / "real" / "test10"),
           "real-test11": (ROOT / "corpora" / "real" / "test11", ROOT / "corpora" / "real" / "test11"),
           "real-test12": (ROOT / "corpora" / "real" / "test12", ROOT / "corpora" / "real" / "test12"),
           "real-test13": (ROOT / "corpora" / "real" / "test13", ROOT / "corpora" / "real" / "test13"),
           "real-test14": (ROOT / "corpora" / "real" / "test14", ROOT / "corpora" / "real" / "test14"),
           "real-test15": (ROOT / "corpora" / "real" / "test15", ROOT / "corpora" / "real" / "test15"),
           "real-test16": (ROOT / "corpora" / "real" / "test16", ROOT / "corpora" / "real" / "test16"),
           "real-test17": (ROOT / "corpora" / "real" / "test17", ROOT / "corpora" / "real" / "test17"),
           "real-test18": (ROOT / "corpora" / "real" / "test18", ROOT / "corpora" / "real" / "test18"),
           "real-test19": (ROOT / "corpora" / "real" / "test19", ROOT / "corpora" / "real" / "test19"),
           "real-test20": (ROOT / "corpora" / "real" / "test20", ROOT / "corpora" / "real" / "test20"),
           "real-test21": (ROOT / "corpora" / "real" / "test21", ROOT / "corpora" / "real" / "test21"),
           "real-test22": (ROOT / "corpora" / "real" / "test22", ROOT / "corpora" / "real" / "test22"),
           "real-test23": (ROOT / "corpora" / "real" / "test23", ROOT / "corpora" / "real" / "test23"),
           "real-test24": (ROOT / "corpora" / "real" / "test24", ROOT / "corpora" / "real" / "test24"),
           "real-test25": (ROOT / "corpora" / "real" / "test25", ROOT / "corpora" / "real" / "test25"),
           "real-test26": (ROOT / "corpora" / "real" / "test26", ROOT / "corpora" / "real" / "test26"),
           "real-test27": (ROOT / "corpora" / "real" / "test27", ROOT / "corpora" / "real" / "test27"),
           "real-test28": (ROOT / "corpora" / "real" / "test28", ROOT / "corpora" / "real" / "test28"),
           "real-test29": (ROOT / "corpora" / "real" / "test29", ROOT / "corpora" / "real" / "test29"),
           "real-test30": (ROOT / "corpora" / "real" / "test30", ROOT / "corpora" / "real" / "test30"),
           "real-test31": (ROOT / "corpora" / "real" / "test31", ROOT / "corpora" / "real" / "test31"),
           "real-test32": (ROOT / "corpora" / "real" / "test32", ROOT / "corpora" / "real" / "test32"),
           "real-test33": (ROOT / "corpora" / "real" / "test33", ROOT / "corpora" / "real" / "test33"),
           "real-test34": (ROOT / "corpora" / "real" / "test34", ROOT / "corpora" / "real" / "test34"),
           "real-test35": (ROOT / "corpora" / "real" / "test35", ROOT / "corpora" / "real" / "test35"),
           "real-test36": (ROOT / "corpora" / "real" / "test36", ROOT / "corpora" / "real" / "test36"),
           "real-test37": (ROOT / "corpora" / "real" / "test37", ROOT / "corpora" / "real" / "test37"),
           "real-test38": (ROOT / "corpora" / "real" / "test38", ROOT / "corpora" / "real" / "test38"),
           "real-test39": (ROOT / "corpora" / "real" / "test39", ROOT / "corpora" / "real" / "test39"),
           "real-test40": (ROOT / "corpora" / "real" / "test40", ROOT / "corpora" / "real" / "test40"),
           "real-test41": (ROOT / "corpora" / "real" / "test41", ROOT / "corpora" / "real" / "test41"),
           "real-test42": (ROOT / "corpora" / "real" / "test42", ROOT / "corpora" / "real" / "test42"),
           "real-test43": (ROOT / "corpora" / "real" / "test43", ROOT / "corpora" / "real" / "test43"),
           "real-test44": (ROOT / "corpora" / "real" / "test44", ROOT / "corpora" / "real" / "test44"),
           "real-test45": (ROOT / "corpora" / "real" / "test45", ROOT / "corpora" / "real" / "test45"),
           "real-test46": (ROOT / "corpora" / "real" / "test46", ROOT / "corpora" / "real" / "test46"),
           "real-test47": (ROOT / "corpora" / "real" / "test47", ROOT / "corpora" / "real" / "test47"),
           "real-test48": (ROOT / "corpora" / "real" / "test48", ROOT / "corpora" / "real" / "test48"),
           "real-test49": (ROOT / "corpora" / "real" / "test49", ROOT / "corpora" / "real" / "test49"),
           "real-test50": (ROOT / "corpora" / "real" / "test50", ROOT / "corpora" / "real" / "test50"),
           "real-test51": (ROOT / "corpora" / "real" / "test51", ROOT / "corpora" / "real" / "test51"),
           "real-test52": (ROOT / "corpora" / "real" / "test52", ROOT / "corpora" / "real" / "test52"),
           "real-test53": (ROOT / "corpora" / "real" / "test53", ROOT / "corpora" / "real" / "test53"),
           "real-test54": (ROOT / "corpora" / "real" / "test54", ROOT / "corpora" / "real" / "test54"),
           "real-test55": (ROOT / "corpora" / "real" / "test55", ROOT / "corpora" / "real" / "test55"),
           "real-test56": (ROOT / "corpora" / "real" / "test56", ROOT / "corpora" / "real" / "test56"),
           "real-test57": (ROOT / "corpora" / "real" / "test57", ROOT / "corpora" / "real" / "test57"),
           "real-test58": (ROOT / "corpora" / "real" / "test58", ROOT / "corpora" / "real" / "test58"),
           "real-test59": (ROOT / "corpora" / "real" / "test59", ROOT / "corpora" / "real" / "test59"),
           "real-test60": (ROOT / "corpora" / "real" / "test60", ROOT / "corpora" / "real" / "test60"),
           "real-test61": (ROOT / "corpora" / "real" / "test61", ROOT / "corpora" / "real" / "test61"),
           "real-test62": (ROOT / "corpora" / "real" / "test62", ROOT / "corpora" / "real" / "test62"),
           "real-test63": (ROOT / "corpora" / "real" / "test63", ROOT / "corpora" / "real" / "test63"),
           "real-test64": (ROOT / "corpora" / "real" / "test64", ROOT / "corpora" / "real" / "test64"),
           "real-test65": (ROOT / "corpora" / "real" / "test65", ROOT / "corpora" / "real" / "test65"),
           "real-test66": (ROOT / "corpora" / "real" / "test66", ROOT / "corpora" / "real" / "test66"),
           "real-test67": (ROOT / "corpora" / "real" / "test67", ROOT / "corpora" / "real" / "test67"),
           "real-test68": (ROOT / "corpora" / "real" / "test68", ROOT / "corpora" / "real" / "test68"),
           "real-test69": (ROOT / "corpora" / "real" / "test69", ROOT / "corpora" / "real" / "test69"),
           "real-test70": (ROOT / "corpora" / "real" / "test70", ROOT / "corpora" / "real" / "test70"),
           "real-test71": (ROOT / "corpora" / "real" / "test71", ROOT / "corpora" / "real" / "test71"),
           "real-test72": (ROOT / "corpora" / "real" / "test72", ROOT / "corpora" / "real" / "test72"),
           "real-test73": (ROOT / "corpora" / "real" / "test73", ROOT / "corpora" / "real" / "test73"),
           "real-test74": (ROOT / "corpora" / "real" / "test74", ROOT / "corpora" / "real" / "test74"),
           "real-test75": (ROOT / "corpora" / "real" / "test75", ROOT / "corpora" / "real" / "test75"),
           "real-test76": (ROOT / "corpora" / "real" / "test76", ROOT / "corpora" / "real" / "test76"),
           "real-test77": (ROOT / "corpora" / "real" / "test77", ROOT / "corpora" / "real" / "test77"),
           "real-test78": (ROOT / "corpora" / "real" / "test78", ROOT / "corpora" / "real" / "test78"),
           "real-test79": (ROOT / "corpora" / "real" / "test79", ROOT / "corpora" / "real" / "test79"),
           "real-test80": (ROOT / "corpora" / "real" / "test80", ROOT / "corpora" / "real" / "test80"),
           "real-test81": (ROOT / "corpora" / "real" / "test81", ROOT / "corpora" / "real" / "test81"),
           "real-test82": (ROOT / "corpora" / "real" / "test82", ROOT / "corpora" / "real" / "test82"),
           "real-test83": (ROOT / "corpora" / "real" / "test83", ROOT / "corpora" / "real" / "test83"),
           "real-test84": (ROOT / "corpora" / "real" / "test84", ROOT / "corpora" / "real" / "test84"),
           "real-test85": (ROOT / "corpora" / "real" / "test85", ROOT / "corpora" / "real" / "test85"),
           "real-test86": (ROOT / "corpora" / "real" / "test86", ROOT / "corpora" / "real" / "test86"),
           "real-test87": (ROOT / "corpora" / "real" / "test87", ROOT / "corpora" / "real" / "test87"),
           "real-test88": (ROOT / "corpora" / "real" / "test88", ROOT / "corpora" / "real" / "test88"),
           "real-test89": (ROOT / "corpora" / "real" / "test89", ROOT / "corpora" / "real" / "test89"),
           "real-test90": (ROOT / "corpora" / "real" / "test90", ROOT / "corpora" / "real" / "test90"),
           "real-test91": (ROOT / "corpora" / "real" / "test91", ROOT / "corpora" / "real" / "test91"),
           "real-test92": (ROOT / "corpora" / "real" / "test92", ROOT / "corpora" / "real" / "test92"),
           "real-test93": (ROOT / "corpora" / "real" / "test93", ROOT / "corpora" / "real" / "test93"),
           "real-test94": (ROOT / "corpora" / "real" / "test94", ROOT / "corpora" / "real" / "test94"),
           "real-test95": (ROOT / "corpora" / "real" / "test95", ROOT / "corpora" / "real" / "test95"),
           "real-test96": (ROOT / "corpora" / "real" / "test96", ROOT / "corpora" / "real" / "test96"),
           "real-test97": (ROOT / "corpora" / "real" / "test97", ROOT / "corpora" / "real" / "test97"),
           "real-test98": (ROOT / "corpora" / "real" / "test98", ROOT / "corpora" / "real" / "test98"),
           "real-test99": (ROOT / "corpora" / "real" / "test99", ROOT / "corpora" / "real" / "test99"),
           "real-test100": (ROOT / "corpora" / "real" / "test100", ROOT / "corpora" / "real" / "test100"),
           "real-test101": (ROOT / "corpora" / "real" / "test101", ROOT / "corpora" / "real" / "test101"),
           "real-test102": (ROOT / "corpora" / "real" / "test102", ROOT / "corpora" / "real" / "test102"),
           "real-test103": (ROOT / "corpora" / "real" / "test103", ROOT / "corpora" / "real" / "test103"),
           "real-test104": (ROOT / "corpora" / "real" / "test104", ROOT / "corpora" / "real" / "test104"),
           "real-test105": (ROOT / "corpora" / "real" / "test105", ROOT / "corpora" / "real" / "test105"),
           "real-test106": (ROOT / "corpora" / "real" / "test106", ROOT / "corpora" / "real" / "test106"),
           "real-test107": (ROOT / "corpora" / "real" / "test107", ROOT / "corpora" / "real" / "test107"),
           "real-test108": (ROOT / "corpora" / "real" / "test108", ROOT / "corpora" / "real" / "test108"),
           "real-test109": (ROOT / "corpora" / "real" / "test109", ROOT / "corpora" / "real" / "test109"),
           "real-test110": (ROOT / "corpora" / "real" / "test110", ROOT / "corpora" / "real" / "test110"),
           "real-test111": (ROOT / "corpora" / "real" / "test111", ROOT / "corpora" / "real" / "test111"),
           "real-test112": (ROOT / "corpora" / "real" / "test112", ROOT / "corpora" / "real" / "test112"),
           "real-test113": (ROOT / "corpora" / "real" / "test113", ROOT / "corpora" / "real" / "test113"),
           "real-test114": (ROOT / "corpora" / "real" / "test114", ROOT / "corpora" / "real" / "test114"),
           "real-test115": (ROOT / "corpora" / "real" / "test115", ROOT / "corpora" / "real" / "test115"),
           "real-test116": (ROOT / "corpora" / "real" / "test116", ROOT / "corpora" / "real" / "test116"),
           "real-test117": (ROOT / "corpora" / "real" / "test117", ROOT / "corpora" / "real" / "test117"),
           "real-test118": (ROOT / "corpora" / "real" / "test118", ROOT / "corpora" / "real" / "test118"),
           "real-test119": (ROOT / "corpora" / "real" / "test119", ROOT / "corpora" / "real" / "test119"),
           "real-test120": (ROOT / "corpora" / "real" / "test120", ROOT / "corpora" / "real" / "test120"),
           "real-test121": (ROOT / "corpora" / "real" / "test121", ROOT / "corpora" / "real" / "test121"),
           "real-test122": (ROOT / "corpora" / "real" / "test122", ROOT / "corpora" / "real" / "test122"),
           "real-test123": (ROOT / "corpora" / "real" / "test123", ROOT / "corpora" / "real" / "test123"),
           "real-test124": (ROOT / "corpora" / "real" / "test124", ROOT / "corpora" / "real" / "test124"),
           "real-test125": (ROOT / "corpora" / "real" / "test125", ROOT / "corpora" / "real" / "test125"),
           "real-test126": (ROOT / "corpora" / "real" / "test126", ROOT / "corpora" / "real" / "test126"),
           "real-test127": (ROOT / "corpora" / "real" / "test127", ROOT / "corpora" / "real" / "test127"),
           "real-test128": (ROOT / "corpora" / "real" / "test128", ROOT / "corpora" / "real" / "test128"),
           "real-test129": (ROOT / "corpora" / "real" / "test129", ROOT / "corpora" / "real" / "test129"),
           "real-test130": (ROOT / "corpora" / "real" / "test130", ROOT / "corpora" / "real" / "test130"),
           "real-test131": (ROOT / "corpora" / "real" / "test131", ROOT / "corpora" / "real" / "test131"),
           "real-test132": (ROOT / "corpora" / "real" / "test132", ROOT / "corpora" / "real" / "test132"),
           "real-test133": (ROOT / "corpora" / "real" / "test133", ROOT / "corpora" / "real" / "test133"),
           "real-test134": (ROOT / "corpora" / "real" / "test134", ROOT / "corpora" / "real" / "test134"),
           "real-test135": (ROOT / "corpora" / "real" / "test135", ROOT / "corpora" / "real" / "test135"),
           "real-test136": (ROOT / "corpora" / "real" / "test136", ROOT / "corpora" / "real" / "test136"),
           "real-test137": (ROOT / "corpora" / "real" / "test137", ROOT / "corpora" / "real" / "test137"),
           "real-test138": (ROOT / "corpora" / "real" / "test138", ROOT / "corpora" / "real" / "test138"),
           "real-test139": (ROOT / "corpora" / "real" / "test139", ROOT / "corpora" / "real" / "test139"),
           "real-test140": (ROOT / "corpora" / "real" / "test140", ROOT / "corpora" / "real" / "test140"),
           "real-test141": (ROOT / "corpora" / "real" / "test141", ROOT / "corpora" / "real" / "test141"),
           "real-test142": (ROOT / "corpora" / "real" / "test142", ROOT / "corpora" / "real" / "test142"),
           "real-test143": (ROOT / "corpora" / "real" / "test143", ROOT / "corpora" / "real" / "test143"),
           "real-test144": (ROOT / "corpora" / "real" / "test144", ROOT / "corpora" / "real" / "test144"),
           "real-test145": (ROOT / "corpora" / "real" / "test145", ROOT / "corpora" / "real" / "test145"),
           "real-test146": (ROOT / "corpora" / "real" / "test146", ROOT / "corpora" / "real" / "test146"),
           "real-test147": (ROOT / "corpora" / "real" / "test147", ROOT / "corpora" / "real" / "test147"),
           "real-test148": (ROOT / "corpora" / "real" / "test148", ROOT / "corpora" / "real" / "test148"),
           "real-test149": (ROOT / "corpora" / "real" / "test149", ROOT / "corpora" / "real" / "test149"),
           "real-test150": (ROOT / "corpora" / "real" / "test150", ROOT / "corpora" / "real" / "test150"),
           "real-test151": (ROOT / "corpora" / "real" / "test151", ROOT / "corpora" / "real" / "test151"),
           "real-test152": (ROOT / "corpora" / "real" / "test152", ROOT / "corpora" / "real" / "test152"),
           "real-test153": (ROOT / "corpora" / "real" / "test153", ROOT / "corpora" / "real" / "test153"),
           "real-test154": (ROOT / "corpora" / "real" / "test154", ROOT / "corpora" / "real" / "test154"),
           "real-test155": (ROOT / "corpora" / "real" / "test155", ROOT / "corpora" / "real" / "test155"),
           "real-test156": (ROOT / "corpora" / "real" / "test156", ROOT / "corpora" / "real" / "test156"),
           "real-test157": (ROOT / "corpora" / "real" / "test157", ROOT / "corpora" / "real" / "test157"),
           "real-test158": (ROOT / "corpora" / "real" / "test158", ROOT / "corpora" / "real" / "test158"),
           "real-test159": (ROOT / "corpora" / "real" / "test159", ROOT / "corpora" / "real" / "test159"),
           "real-test160": (ROOT / "corpora" / "real" / "test160", ROOT / "corpora" / "real" / "test160"),
           "real-test161": (ROOT / "corpora" / "real" / "test161", ROOT / "corpora" / "real" / "test161"),
           "real-test162": (ROOT / "corpora" / "real" / "test162", ROOT / "corpora" / "real" / "test162"),
           "real-test163": (ROOT / "corpora" / "real" / "test163", ROOT / "corpora" / "real" / "test163"),
           "real-test164": (ROOT / "corpora" / "real" / "test164", ROOT / "corpora" / "real" / "test164"),
           "real-test165": (ROOT / "corpora" / "real" / "test165", ROOT / "corpora" / "real" / "test165"),
           "real-test166": (ROOT / "corpora" / "real" / "test166", ROOT / "corpora" / "real" / "test166"),
           "real-test167": (ROOT / "corpora" / "real" / "test167", ROOT / "corpora" / "real" / "test167"),
           "real-test168": (ROOT / "corpora" / "real" / "test168", ROOT / "corpora" / "real" / "test168"),
           "real-test169": (ROOT / "corpora" / "real" / "test169", ROOT / "corpora" / "real" / "test169"),
           "real-test170": (ROOT / "corpora" / "real" / "test170", ROOT / "corpora" / "real" / "test170"),
           "real-test171": (ROOT / "corpora" / "real" / "test171", ROOT / "corpora" / "real" / "test171"),
           "real-test172": (ROOT / "corpora" / "real" / "test172", ROOT / "corpora" / "real" / "test172"),
           "real-test173": (ROOT / "corpora" / "real" / "test173", ROOT / "corpora" / "real" / "test173"),
           "real-test174": (ROOT / "corpora" / "real" / "test174", ROOT / "corpora" / "real" / "test174"),
           "real-test175": (ROOT / "corpora" / "real" / "test175", ROOT / "corpora" / "real" / "test175"),
           "real-test176": (ROOT / "corpora" / "real" / "test176", ROOT / "corpora" / "real" / "test176"),
           "real-test177": (ROOT / "corpora" / "real" / "test177", ROOT / "corpora" / "real" / "test177"),
           "real-test178": (ROOT / "corpora" / "real" / "test178", ROOT / "corpora" / "real" / "test178"),
           "real-test179": (ROOT / "corpora" / "real" / "test179", ROOT / "corpora" / "real" / "test179"),
           "real-test180": (ROOT / "corpora" / "real" / "test180", ROOT / "corpora" / "real" / "test180"),
           "real-test181": (ROOT / "corpora" / "real" / "test181", ROOT / "corpora" / "real" / "test181"),
           "real-test182": (ROOT / "corpora" / "real" / "test182", ROOT / "corpora" / "real" / "test182"),
           "real-test183": (ROOT / "corpora" / "real" / "test183", ROOT / "corpora" / "real" / "test183"),
           "real-test184": (ROOT / "corpora" / "real" / "test184", ROOT / "corpora" / "real" / "test184"),
           "real-test185": (ROOT / "corpora" / "real" / "test185", ROOT / "corpora" / "real" / "test185"),
           "real-test186": (ROOT / "corpora" / "real" / "test186", ROOT / "corpora" / "real" / "test186"),
           "real-test187": (ROOT / "corpora" / "real" / "test187", ROOT / "corpora" / "real" / "test187"),
           "real-test188": (ROOT / "corpora" / "real" / "test188", ROOT / "corpora" / "real" / "test188"),
           "real-test189": (ROOT / "corpora" / "real" / "test189", ROOT / "corpora" / "real" / "test189"),
           "real-test190": (ROOT / "corpora" / "real" / "test190", ROOT / "corpora" / "real" / "test190"),
           "real-test191": (ROOT / "corpora" / "real" / "test191", ROOT / "corpora" / "real" / "test191"),
           "real-test192": (ROOT / "corpora" / "real" / "test192", ROOT / "corpora" / "real" / "test192"),
           "real-test193": (ROOT / "corpora" / "real" / "test193", ROOT / "corpora" / "real" / "test193"),
           "real-test194": (ROOT / "corpora" / "real" / "test194", ROOT / "corpora" / "real" / "test194"),
           "real-test195": (ROOT / "corpora" / "real" / "test195", ROOT / "corpora" / "real" / "test195"),
           "real-test196": (ROOT / "corpora" / "real" / "test196", ROOT / "corpora" / "real" / "test196"),
           "real-test197": (ROOT / "corpora" / "real" / "test197", ROOT / "corpora" / "real" / "test197"),
           "real-test198": (ROOT / "corpora" / "real" / "test198", ROOT / "corpora" / "real" / "test198"),
           "real-test199": (ROOT / "corpora" / "real" / "test199", ROOT / "corpora" / "real" / "test199"),
           "real-test200": (ROOT / "corpora" / "real" / "test200", ROOT / "corpora" / "real" / "test200"),
           "real-test201": (ROOT / "corpora" / "real" / "test201", ROOT / "corpora" / "real" / "test201"),
           "real-test202": (ROOT / "corpora" / "real" / "test202", ROOT / "corpora" / "real" / "test202"),
           "real-test203": (ROOT / "corpora" / "real" / "test203", ROOT / "corpora" / "real" / "test203"),
           "real-test204": (ROOT / "corpora" / "real" / "test204", ROOT / "corpora" / "real" / "test204"),
           "real-test205": (ROOT / "corpora" / "real" / "test205", ROOT / "corpora" / "real" / "test205"),
           "real-test206": (ROOT / "corpora" / "real" / "test206", ROOT / "corpora" / "real" / "test206"),
           "real-test207": (ROOT / "corpora" / "real" / "test207", ROOT / "corpora" / "real" / "test207"),
           "real-test208": (ROOT / "corpora" / "real" / "test208", ROOT / "corpora" / "real" / "test208"),
           "real-test209": (ROOT / "corpora" / "real" / "test209", ROOT / "corpora" / "real" / "test209"),
           "real-test210": (ROOT / "corpora" / "real" / "test210", ROOT / "corpora" / "real" / "test210"),
           "real-test211": (ROOT / "corpora" / "real" / "test211", ROOT / "corpora" / "real" / "test211"),
           "real-test212": (ROOT / "corpora" / "real" / "test212", ROOT / "corpora" / "real" / "test212"),
           "real-test213": (ROOT / "corpora" / "real" / "test213", ROOT / "corpora" / "real" / "test213"),
           "real-test214": (ROOT / "corpora" / "real" / "test214", ROOT / "corpora" / "real" / "test214"),
           "real-test215": (ROOT / "corpora" / "real" / "test215", ROOT / "corpora" / "real" / "test215"),
           "real-test216": (ROOT / "corpora" / "real" / "test216", ROOT / "corpora" / "real" / "test216"),
           "real-test217": (ROOT / "corpora" / "real" / "test217", ROOT / "corpora" / "real" / "test217"),
           "real-test218": (ROOT / "corpora" / "real" / "test218", ROOT / "corpora" / "real" / "test218"),
           "real-test219": (ROOT / "corpora" / "real" / "test219", ROOT / "corpora" / "real" / "test219"),
           "real-test220": (ROOT / "corpora" / "real" / "test220", ROOT / "corpora" / "real" / "test220"),
           "real-test221": (ROOT / "corpora" / "real" / "test221", ROOT / "corpora" / "real" / "test221"),
           "real-test222": (ROOT / "corpora" / "real" / "test222", ROOT / "corpora" / "real" / "test222"),
           "real-test223": (ROOT / "corpora" / "real" / "test223", ROOT / "corpora" / "real" / "test223"),
           "real-test224": (ROOT / "corpora" / "real" / "test224", ROOT / "corpora" / "real" / "test224"),
           "real-test225": (ROOT / "corpora" / "real" / "test225", ROOT / "corpora" / "real" / "test225"),
           "real-test226": (ROOT / "corpora" / "real" / "test226", ROOT / "corpora" / "real" / "test226"),
           "real-test227": (ROOT / "corpora" / "real" / "test227", ROOT / "corpora" / "real" / "test227"),
           "real-test228": (ROOT / "corpora" / "real" / "test228", ROOT / "corpora" / "real" / "test228"),
           "real-test229": (ROOT / "corpora" / "real" / "test229", ROOT / "corpora" / "real" / "test229"),
           "real-test230": (ROOT / "corpora" / "real" / "test230", ROOT / "corpora" / "real" / "test230"),
           "real-test231": (ROOT / "corpora" / "real" / "test231", ROOT / "corpora" / "real" / "test231"),
           "real-test232": (ROOT / "corpora" / "real" / "test232", ROOT / "corpora" / "real" / "test232"),
           "real-test233": (ROOT / "corpora" / "real" / "test233", ROOT / "corpora" / "real" / "test233"),
           "real-test234": (ROOT / "corpora" / "real" / "test234", ROOT / "corpora" / "real" / "test234"),
           "real-test235": (ROOT / "corpora" / "real" / "test235", ROOT / "corpora" / "real" / "test235"),
           "real-test236": (ROOT / "corpora" / "real" / "test236", ROOT / "corpora" / "real" / "test236"),
           "real-test237": (ROOT / "corpora" / "real" / "test237", ROOT / "corpora" / "real" / "test237"),
           "real-test238": (ROOT / "corpora" / "real" / "test238", ROOT / "corpora" / "real" / "test238"),
           "real-test239": (ROOT / "corpora" / "real" / "test239", ROOT / "corpora" / "real" / "test239"),
           "real-test240": (ROOT / "corpora" / "real" / "test240", ROOT / "corpora" / "real" / "test240"),
           "real-test241": (ROOT / "corpora" / "real" / "test241", ROOT / "corpora" / "real" / "test241"),
           "real-test242": (ROOT / "corpora" / "real" / "test242", ROOT / "corpora" / "real" / "test242"),
           "real-test243": (ROOT / "corpora" / "real" / "test243", ROOT / "corpora" / "real" / "test243"),
           "real-test244": (ROOT / "corpora" / "real" / "test244", ROOT / "corpora" / "real" / "test244"),
           "real-test245": (ROOT / "corpora" / "real" / "test245", ROOT / "corpora" / "real" / "test245"),
           "real-test246": (ROOT / "corpora" / "real" / "test246", ROOT / "corpora" / "real" / "test246"),
           "real-test247": (ROOT / "corpora" / "real" / "test247", ROOT / "corpora" / "real" / "test247"),
           "real-test248": (ROOT / "corpora" / "real" / "test248", ROOT / "corpora" / "real" / "test248"),
           "real-test249": (ROOT / "corpora" / "real" / "test249", ROOT / "corpora" / "real" / "test249"),
           "real-test250": (ROOT / "corpora" / "real" / "test250", ROOT / "corpora" / "real" / "test250"),
           "real-test251": (ROOT / "corpora" / "real" / "test251", ROOT / "corpora" / "real" / "test251"),
           "real-test252": (ROOT / "corpora" / "real" / "test252", ROOT / "corpora" / "real" / "test252")}
BASELINE = ROOT / "corpora" / "baseline.json"


def corpus_scores(gold_dir: Path, docs_dir: Path) -> dict:
    gold = {p.stem: load_jsonl(p) for p in sorted(gold_dir.glob("*.jsonl"))}
    system = {}
    for doc_id in gold:
        path = docs_dir / f"{doc_id}.txt"
        system[doc_id] = [f.model_dump(mode="json") for f in extract_source(read(path, doc_id=doc_id))]
    return score(gold, system).as_dict()


def all_scores() -> dict:
    return {name: corpus_scores(*dirs) for name, dirs in CORPORA.items()}


def markdown(scores: dict) -> str:
    rows = ["| corpus | docs | whole quantities | type | P | R | F1 | other agreement |",
            "|---|---|---|---|---|---|---|---|"]
    for name, s in scores.items():
        q, o, r = s["quantity"], s["official"], s["region"]
        whole = f"**{q['whole_acc']:.3f}**"
        rows.append(f"| {name} | {s['docs']} | {whole} | quantity ({q['gold']}) | {q['p']:.3f} | {q['r']:.3f} | {q['f1']:.3f} | "
                    f"unit {q['unit_acc']:.3f}, qualifier {q['qualifier_acc']:.3f}, item {q['item_acc']:.3f}, "
                    f"attribution {q['attribution_acc']:.3f} |")
        rows.append(f"| {name} | {s['docs']} | | official ({o['gold']}) | {o['p']:.3f} | {o['r']:.3f} | {o['f1']:.3f} | "
                    f"titles {o['title_recall']:.3f} |")
        rows.append(f"| {name} | {s['docs']} | | region ({r['gold']}) | {r['p']:.3f} | {r['r']:.3f} | {r['f1']:.3f} | |")
    return "\n".join(rows)


def baseline_view(scores: dict) -> dict:
    """What the regression gate compares: F1 per corpus and type, attribution and whole quantities."""
    return {name: {"quantity_f1": round(s["quantity"]["f1"], 4), "official_f1": round(s["official"]["f1"], 4),
                   "region_f1": round(s["region"]["f1"], 4),
                   "attribution": round(s["quantity"]["attribution_acc"], 4),
                   "whole": round(s["quantity"]["whole_acc"], 4)} for name, s in scores.items()}


def main(argv: list[str]) -> None:
    scores = all_scores()
    print(markdown(scores))
    if "--write-baseline" in argv:
        BASELINE.write_text(json.dumps(baseline_view(scores), indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {BASELINE.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
