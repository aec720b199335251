from django import template
from django.template.defaultfilters import floatformat
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from academy.common.i18n import localize, numbered_title
from academy.common.markdown import to_html
from academy.common.timezones import zone_name as _zone_name

register = template.Library()


def _fallback_language(owner) -> str:
    return getattr(owner, "main_language", None) or str(owner)


@register.filter
def translated(value, owner) -> str:
    """`{{ edition.background|translated:edition }}`: the reader's language, else the edition's main one."""
    return localize(value, get_language(), _fallback_language(owner))[0]


@register.filter
def numbered(edition) -> str:
    """`{{ edition|numbered }}`: "13. Title", or the title alone when it starts with its number ("13.ª Academia")."""
    return numbered_title(edition.number, translated(edition.title, edition))


@register.filter
def money(amount, currency: str) -> str:
    """`{{ scholarship.amount|money:call.currency }}`: two decimals, grouped the reader's way, and the currency."""
    return f"{floatformat(amount, '2g')} {currency}"


@register.filter
def translated_language(value, owner) -> str:
    """The language code `translated` falls back to, for a `lang` attribute."""
    return localize(value, get_language(), _fallback_language(owner))[1]


@register.filter
def duration(seconds) -> str:
    """`{{ line.attended|duration }}`: seconds as hours and minutes, "2 h 05 min"."""
    minutes = round((seconds or 0) / 60)
    return _("%(hours)d h %(minutes)02d min") % {"hours": minutes // 60, "minutes": minutes % 60}


@register.filter
def percent(rate) -> str:
    """`{{ participation.rate_final|percent }}`: a share as a whole percentage, or a dash when there is none yet."""
    return "—" if rate is None else f"{floatformat(rate * 100, 0)} %"


@register.simple_tag(takes_context=True)
def query_with(context, key: str, value="") -> str:
    """This page's query string with one parameter set (or removed when empty), back to the first page."""
    query = context["request"].GET.copy()
    query.pop("page", None)
    if value in ("", None):
        query.pop(key, None)
    else:
        query[key] = value
    return "?" + query.urlencode()


@register.filter
def markdown(text: str) -> str:
    """`{{ post.body|markdown }}`: what people wrote, as sanitised HTML."""
    return to_html(text or "")


@register.filter
def zone_name(zone: str) -> str:
    """`{{ edition.time_zone|zone_name }}`: "Paris (France)" rather than "Europe/Paris"."""
    return _zone_name(zone)
