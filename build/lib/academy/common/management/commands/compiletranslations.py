from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand

# Apps that ship Portuguese only as pt_PT (and pt_BR), which Django never looks up for "pt".
PT_PT_ONLY = ("allauth", "django_countries")


class Command(BaseCommand):
    help = "Compile the .po catalogues into .mo files (pure Python: GNU gettext is not needed)."

    def handle(self, *args, **options):
        ours, third_party = settings.LOCALE_PATHS
        for po_path in sorted(Path(ours).glob("*/LC_MESSAGES/django.po")):
            polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
        merged = polib.POFile()
        merged.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "pt"}
        seen = set()
        for app in PT_PT_ONLY:
            module = __import__(app)
            catalogue = polib.pofile(str(Path(module.__file__).parent / "locale/pt_PT/LC_MESSAGES/django.po"))
            for entry in catalogue.translated_entries():
                key = (entry.msgctxt, entry.msgid)
                if key not in seen and "fuzzy" not in entry.flags:
                    seen.add(key)
                    merged.append(entry)
        target = Path(third_party) / "pt" / "LC_MESSAGES"
        target.mkdir(parents=True, exist_ok=True)
        merged.save_as_mofile(str(target / "django.mo"))
        self.stdout.write(f"Compiled the catalogues; {len(merged)} pt_PT entries of {', '.join(PT_PT_ONLY)} as pt.")
