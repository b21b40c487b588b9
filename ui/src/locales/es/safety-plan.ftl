# screens/SafetyPlan.svelte
safety-plan-title = Mi plan de seguridad
safety-plan-hint = Escríbelo en un buen día, para uno difícil. Aparece primero en cada tarjeta de crisis, se guarda cifrado en este ordenador y se incluye en tu exportación. Un elemento por línea.
safety-plan-save = Guardar mi plan
safety-plan-saved = Guardado.
safety-plan-lines = Líneas a las que puedes llamar ahora
