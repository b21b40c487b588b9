# The two commands of the README (run, test), plus packaging and the app benchmark. Scripts live in scripts/.
.PHONY: run test package bench-app
run:
	@bash scripts/run.sh
test:
	@bash scripts/test.sh
package:
	@bash scripts/package.sh
bench-app:
	@bash scripts/bench-app.sh
