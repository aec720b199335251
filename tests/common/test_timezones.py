from django.utils import translation

from academy.common.timezones import zone_name


def test_zone_names_are_a_city_and_its_country_in_the_readers_language():
    assert zone_name("Europe/Paris") == "Paris (France)"
    assert zone_name("America/Argentina/Buenos_Aires") == "Buenos Aires (Argentina)"
    with translation.override("fr"):
        assert zone_name("Asia/Seoul") == "Seoul (Corée du Sud)"
    with translation.override("es"):
        assert zone_name("Africa/Dakar") == "Dakar (Senegal)"


def test_zones_of_no_country_keep_their_id():
    assert zone_name("UTC") == "UTC"
    assert zone_name("Etc/GMT+3") == "Etc/GMT+3"
    assert zone_name("") == ""
