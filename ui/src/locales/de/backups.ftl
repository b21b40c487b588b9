backups-size-kb = { NUMBER($kb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } kB
backups-size-mb = { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: 0) } MB
