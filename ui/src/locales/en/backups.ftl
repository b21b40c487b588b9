# Backup sizes (lib/backups.ts), one decimal
# $kb: size in kilobytes (1 kB = 1000 bytes)
backups-size-kb = { NUMBER($kb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } kB
# $mb: size in megabytes (1 MB = 1,000,000 bytes)
backups-size-mb = { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
