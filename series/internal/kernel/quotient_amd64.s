//go:build !purego

#include "textflag.h"

// func quotientSSE2(dst, num, den []float64, c float64) bool
TEXT ·quotientSSE2(SB), NOSPLIT, $0-81
	MOVQ  dst_base+0(FP), DI
	MOVQ  dst_len+8(FP), CX
	MOVQ  num_base+24(FP), SI
	MOVQ  den_base+48(FP), DX
	MOVSD c+72(FP), X7
	SHUFPD $0, X7, X7            // c, c
	MOVQ  $0x7FEFFFFFFFFFFFFF, AX // math.MaxFloat64
	MOVQ  AX, X6
	SHUFPD $0, X6, X6            // max, max
	XORPD X5, X5                 // 0, 0
	PCMPEQL X4, X4               // ok: all ones while every lane is good
	MOVAPD  X4, X13              // ok, for the checks after the division
	XORQ  BX, BX
	TESTQ CX, CX
	JEQ   done

loop:
	MOVUPD (DX)(BX*8), X0   // a: den[i], den[i+1]
	MOVUPD 16(DX)(BX*8), X1
	MOVUPD (SI)(BX*8), X2   // b: num[i], num[i+1]
	MOVUPD 16(SI)(BX*8), X3

	// Before the division, 0 < a and 0 <= b, combined within the
	// iteration so that the accumulator X4 takes one AND an iteration.
	// Every comparison is false for NaN.
	MOVAPD X5, X8
	CMPPD  X0, X8, $1
	MOVAPD X5, X9
	CMPPD  X1, X9, $1
	MOVAPD X5, X10
	CMPPD  X2, X10, $2
	MOVAPD X5, X11
	CMPPD  X3, X11, $2
	ANDPD  X9, X8
	ANDPD  X11, X10
	ANDPD  X10, X8
	ANDPD  X8, X4

	// a + b/a <= max: false when b/a is +Inf or NaN (overflow, a zero
	// base, b infinite or NaN) and when a is +Inf; both terms are
	// non-negative here, so it is true whenever a and b/a are finite but
	// for a sum that itself overflows, which the scalar loop then
	// accepts. A second accumulator, X13, keeps these checks, which wait
	// for the division, off the chain of the first.
	DIVPD X0, X2            // b/a
	DIVPD X1, X3
	ADDPD  X2, X0           // a + b/a
	ADDPD  X3, X1
	CMPPD  X6, X0, $2
	CMPPD  X6, X1, $2
	ANDPD  X1, X0
	ANDPD  X0, X13

	SUBPD  X7, X2
	SUBPD  X7, X3
	MOVUPD X2, (DI)(BX*8)
	MOVUPD X3, 16(DI)(BX*8)
	ADDQ   $4, BX
	CMPQ   BX, CX
	JB     loop

done:
	ANDPD    X13, X4
	MOVMSKPD X4, AX
	CMPQ     AX, $3
	SETEQ    ret+80(FP)
	RET
