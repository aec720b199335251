from datetime import date, time

from academy.editions.models import DailySlot, Edition
from academy.editions.schedule import daily_times


def test_daily_times_in_edition_zone_and_reader_zone():
    edition = Edition(start_date=date(2021, 11, 15), end_date=date(2021, 11, 26), time_zone="Europe/Paris")
    slots = [DailySlot(label="Morning", starts_at=time(13), ends_at=time(14, 30))]
    [shown] = daily_times(edition, slots, "America/Sao_Paulo")
    assert (shown.starts.hour, shown.starts.utcoffset().total_seconds()) == (13, 3600)
    assert (shown.reader_starts.hour, shown.reader_starts.minute) == (9, 0)
    assert (shown.reader_ends.hour, shown.reader_ends.minute) == (10, 30)


def test_daily_times_same_zone_shows_no_second_time():
    edition = Edition(start_date=date(2017, 6, 26), end_date=date(2017, 6, 30), time_zone="Asia/Seoul")
    [shown] = daily_times(edition, [DailySlot(label="Plenary", starts_at=time(9), ends_at=time(12))], "Asia/Seoul")
    assert shown.reader_starts is None


def test_daily_times_follow_daylight_saving_on_the_edition_day():
    summer = Edition(start_date=date(2027, 7, 5), end_date=date(2027, 7, 9), time_zone="Europe/Paris")
    [shown] = daily_times(summer, [DailySlot(label="Morning", starts_at=time(13), ends_at=time(14))], "UTC")
    assert shown.reader_starts.hour == 11
