from django.db import migrations


class Migration(migrations.Migration):
    """"Report" named four things; this one is the webinar report a session's attendance is imported from."""

    dependencies = [
        ("attendance", "0001_initial"),
    ]

    operations = [
        migrations.RenameModel(old_name="Report", new_name="WebinarReport"),
    ]
