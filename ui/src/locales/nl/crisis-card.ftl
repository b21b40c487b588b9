crisis-card-plan = Je veiligheidsplan
crisis-card-safe = Ik ben veilig — verder
