camera-panel-title = Live-Kamera
camera-panel-hint = Wenn die Kamera an ist, liest Mentora einige Male pro Sekunde deinen Gesichtsausdruck, hier auf diesem Computer. Die Bilder bleiben im Arbeitsspeicher und werden nie gespeichert oder gesendet; nur die Emotionswerte werden behalten.
camera-panel-on = Kamera einschalten
camera-panel-off = Kamera ausschalten
