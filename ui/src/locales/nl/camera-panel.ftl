camera-panel-title = Livecamera
camera-panel-hint = Als de camera aan staat, leest Mentora een paar keer per seconde je gezichtsuitdrukking, op deze computer. Beelden blijven in het geheugen en worden nooit opgeslagen of verstuurd; alleen de emotiecijfers worden bewaard.
camera-panel-on = Camera aanzetten
camera-panel-off = Camera uitzetten
