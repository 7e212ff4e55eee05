package score_test

import (
	"strings"
	"testing"
)

func TestBudget(t *testing.T) {
	runDim(t, "budget", []dimCase{
		{name: "pending income is not committed", score: 40,
			edits: []string{"status: committed", "status: pending"},
			lost:  []string{"64:5: committed income: covers 0% of expenses (0.00 of 48000.00 USD; gap 48000.00)"}},
		{name: "income without a status is not committed", score: 40,
			edits: []string{", status: committed", ""},
			lost:  []string{"64:5: committed income: covers 0% of expenses (0.00 of 48000.00 USD; gap 48000.00)"}},
		{name: "exact to the cent", score: 79, // 60 × 0.75001 + 25 × 0.75001 + 15 = 78.75
			edits: []string{"amount: 48000, status", "amount: 36000.50, status"},
			lost: []string{
				"64:5: committed income: covers 75% of expenses (36000.50 of 48000.00 USD; gap 11999.50)",
				"64:5: all income: covers 75% of expenses (36000.50 of 48000.00 USD; gap 11999.50)",
			}},
		{name: "pending income counts toward all income", score: 100 - 30 + 0, // committed half: 30 lost
			edits: []string{"    - {source: City grant, amount: 48000, status: committed, from: city}\n",
				"    - {source: City grant, amount: 24000, status: committed, from: city}\n    - {source: State grant, amount: 24000, status: pending}\n"},
			lost: []string{"64:5: committed income: covers 50% of expenses (24000.00 of 48000.00 USD; gap 24000.00)"}},
		{name: "in-kind support is not income", score: 85,
			edits: []string{"  in_kind:\n    - {item: Meeting space, from: ymca, value: 3600}\n", ""},
			lost:  []string{"61:3: in-kind support: none recorded: resources other than money can meet some expenses"}},
		{name: "no expenses", score: 15,
			edits: []string{"  expenses:\n    - {item: Coordinator, category: personnel, amount: 48000}\n", ""},
			lost: []string{
				"61:3: committed income: no expenses listed, so coverage cannot be measured",
				"61:3: all income: no expenses listed, so coverage cannot be measured",
			}},
		{name: "no budget", score: 0,
			edits: []string{base[strings.Index(base, "budget:\n"):strings.Index(base, "six_rs:\n")], ""},
			lost:  []string{"1:1: budget: no budget: expenses and income are not planned"}},
	})
}
