from academy.attendance.matching import Matcher, name_key, remembered_key

PEOPLE = {
    1: ("María José Pérez", ["maria.perez@example.org", "mjp@home.example"]),
    2: ("Nguyễn Văn An", ["an@example.vn"]),
    3: ("Mohammed Al-Farsi", ["mf@example.om"]),
    4: ("Ana Lima", ["ana1@example.br"]),
    5: ("Ana Lima", ["ana2@example.br"]),
    6: ("김민준", ["minjun@example.kr"]),
}


def matcher(**extra):
    return Matcher(PEOPLE, staff_emails={"host@itcilo.org"}, staff_names={name_key("Conference Host")}, **extra)


def test_names_ignore_accents_case_punctuation_and_word_order():
    assert name_key("PÉREZ, María José") == name_key("maria jose perez")
    assert name_key("Nguyen Van An") == name_key("Nguyễn Văn An")


def test_email_first_case_insensitive_including_aliases():
    assert matcher().match("Someone else", "MJP@Home.example").user_id == 1
    assert matcher().match("Ana Lima", "ana2@example.br").user_id == 5


def test_a_name_alone_matches_exactly_or_closely_but_namesakes_go_to_review():
    assert matcher().match("nguyen van an", "").user_id == 2
    assert matcher().match("Mohamed Al Farsi", "").how == "similar name"
    assert matcher().match("Mohamed Al Farsi", "").user_id == 3
    assert matcher().match("Ana Lima", "").kind == "unknown"
    assert matcher().match("김민준", "").user_id == 6


def test_zoom_renamed_display_names_try_the_original_name_too():
    assert matcher().match("Maria (iPhone) (María José Pérez)", "").user_id == 1


def test_hosts_and_presenters_are_staff_not_unknown():
    assert matcher().match("ITCILO", "host@itcilo.org").kind == "staff"
    assert matcher().match("Dr Someone", "x@uni.example", role="Presenter").kind == "staff"
    assert matcher().match("Conference Host", "").kind == "staff"


def test_a_remembered_decision_applies_to_the_same_email_or_name_later():
    remembered = {remembered_key("iPad de Maria", ""): 1, remembered_key("", "old@mail.example"): 2}
    remembered[remembered_key("Galaxy S21", "")] = None
    assert matcher(remembered=remembered).match("iPad de Maria", "").user_id == 1
    assert matcher(remembered=remembered).match("Anyone", "OLD@mail.example").user_id == 2
    assert matcher(remembered=remembered).match("Galaxy S21", "").kind == "dismissed"


def test_strangers_are_unknown_and_get_suggestions():
    assert matcher().match("John Smith", "john@nowhere.example").kind == "unknown"
    assert matcher().suggestions("Maria Perez")[0] == 1
    assert matcher().suggestions("Galaxy A52") == []
