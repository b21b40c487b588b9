# lib/safety.ts
safety-warning-signs = Señales de alerta
safety-warning-signs-hint = Pensamientos, estados de ánimo o situaciones que aparecen antes de una crisis
safety-coping = Lo que puedo hacer por mi cuenta
safety-coping-hint = Un paseo, música, una ducha, un ejercicio de respiración…
safety-distractions = Personas y lugares que me distraen
safety-distractions-hint = Una cafetería, casa de amigos, la biblioteca…
safety-helpers = Personas a las que puedo pedir ayuda
safety-helpers-hint = Nombre y número
safety-professionals = Profesionales y líneas de crisis
safety-professionals-hint = Mi médico, mi terapeuta, una línea de crisis
safety-safe-environment = Hacer seguro mi entorno
safety-safe-environment-hint = Qué apartar y quién puede guardarlo
safety-reasons = Mis razones para vivir
safety-reasons-hint = Personas, mascotas, planes, lugares
