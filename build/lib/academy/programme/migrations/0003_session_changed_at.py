# Sessions existing before the field was added take the migration's time as their last change.

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('programme', '0002_material_file_by_content'),
    ]

    operations = [
        migrations.AddField(
            model_name='session',
            name='changed_at',
            field=models.DateTimeField(default=django.utils.timezone.now, editable=False, verbose_name='last changed'),
        ),
    ]
