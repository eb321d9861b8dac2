// Calculator — reproduces lfx 1.13.0 utilities/calculator_core.py (CalculatorComponent): + - * / ** over numbers
// and parentheses (no unary minus, as Python's ast walk there allows none), the result with up to 6 decimals.
import { data } from "../../values";
import { textParam } from "../params";
import type { Component } from "../types";

class Calc {
  #pos = 0;
  constructor(private readonly src: string) {}

  parse(): number {
    const value = this.#sum();
    this.#space();
    if (this.#pos < this.src.length) throw new SyntaxError("invalid syntax");
    return value;
  }

  #space() {
    while (this.src[this.#pos] === " ") this.#pos++;
  }

  #sum(): number {
    let value = this.#product();
    for (;;) {
      this.#space();
      const op = this.src[this.#pos];
      if (op !== "+" && op !== "-") return value;
      this.#pos++;
      const right = this.#product();
      value = op === "+" ? value + right : value - right;
    }
  }

  #product(): number {
    let value = this.#power();
    for (;;) {
      this.#space();
      const op = this.src[this.#pos];
      if ((op !== "*" && op !== "/") || this.src.startsWith("**", this.#pos)) return value;
      this.#pos++;
      const right = this.#power();
      if (op === "/" && right === 0) throw new RangeError("division by zero");
      value = op === "*" ? value * right : value / right;
    }
  }

  #power(): number {
    const base = this.#atom();
    this.#space();
    if (!this.src.startsWith("**", this.#pos)) return base;
    this.#pos += 2;
    return base ** this.#power();
  }

  #atom(): number {
    this.#space();
    if (this.src[this.#pos] === "(") {
      this.#pos++;
      const value = this.#sum();
      this.#space();
      if (this.src[this.#pos++] !== ")") throw new SyntaxError("'(' was never closed");
      return value;
    }
    const match = /^\d+(\.\d*)?|^\.\d+/.exec(this.src.slice(this.#pos));
    if (!match) throw new TypeError("Unsupported operation or expression type: UnaryOp");
    this.#pos += match[0].length;
    return Number(match[0]);
  }
}

export const calculator: Component = {
  kind: "faithful",
  reproduces: "Calculator (lfx 1.13.0, utilities/calculator_core.py)",
  run(ctx) {
    const expression = textParam(ctx, "expression");
    try {
      const result = new Calc(expression).parse();
      const formatted = result.toFixed(6).replace(/0+$/, "").replace(/\.$/, "");
      ctx.log("result", "", `Calculation result: ${formatted}`);
      return { result: data({ result: formatted }) };
    } catch (error) {
      const message =
        error instanceof RangeError
          ? "Error: Division by zero"
          : `Invalid expression: ${(error as Error).message}`;
      return { result: data({ error: message, input: expression }) };
    }
  },
};
