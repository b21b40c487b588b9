# The crisis card (components/CrisisCard.svelte); its title, message and phone lines come from the core
crisis-card-plan = Your safety plan
crisis-card-safe = I'm safe — carry on
